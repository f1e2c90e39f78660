import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The API server `npm start` runs; `npm run dev` serves the app here and forwards to it.
const server = 'http://localhost:8080';

// Vite replaces import.meta.dirname with this file's folder when it bundles the config, so
// the build works from any working directory.
export default defineConfig({
  root: import.meta.dirname,
  plugins: [react()],
  build: {
    outDir: '../../dist/web',
    emptyOutDir: true,
    rolldownOptions: {
      treeshake: {
        // shared, domain and doc are pure (STYLE.md): loading one of their modules does nothing
        // but define exports. Saying so lets the bundle drop what the app does not use, such as
        // the request schemas (and zod) that src/domain/index.ts re-exports for the server.
        moduleSideEffects: [{ test: /^(?!.*node_modules).*[\\/]src[\\/](shared|domain|doc)[\\/]/, sideEffects: false }],
      },
    },
  },
  server: {
    proxy: {
      '/api': server,
      '/healthz': server,
      '/collab': { target: server, ws: true },
    },
  },
});
