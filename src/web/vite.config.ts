import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { compressedAssets } from '../../scripts/compressedAssets.js';
import { messageCatalogues, messageChunkName } from '../../scripts/messageCatalogues.js';

// The API server `npm start` runs; `npm run dev` serves the app here and forwards to it.
const server = 'http://localhost:8080';

// Vite replaces import.meta.dirname with this file's folder when it bundles the config, so
// the build works from any working directory.
export default defineConfig({
  root: import.meta.dirname,
  // The message catalogues reach the browser compiled, a page's English with its code (docs/i18n.md).
  // Each file is also written compressed (.br, .gz), which the server sends as it is.
  plugins: [messageCatalogues(`${import.meta.dirname}/../shared/i18n/catalogues`), react(), compressedAssets()],
  build: {
    outDir: '../../dist/web',
    emptyOutDir: true,
    rolldownOptions: {
      treeshake: {
        // shared, domain and doc are pure (STYLE.md): loading one of their modules does nothing
        // but define exports. Saying so lets the bundle drop what the app does not use, such as
        // the request schemas (and zod) that src/domain/index.ts re-exports for the server.
        // src/web/collab is pure too (hooks and classes, no work at load): a page importing
        // `useBoard` from its index does not load the live workshop's hooks with it.
        moduleSideEffects: [{ test: /^(?!.*node_modules).*[\\/]src[\\/](shared|domain|doc|web[\\/]collab)[\\/]/, sideEffects: false }],
      },
      output: {
        // Yjs (and lib0) in a chunk of their own: left to itself the bundler puts small shared
        // modules (the control document's readers) in with it, and a board page that needs
        // Yjs at start then downloads those too.
        codeSplitting: { groups: [{ name: 'yjs', test: /node_modules[\\/](yjs|lib0)[\\/]/ }] },
        // Another language's areas are named by their language and areas (`cy-join-….js`).
        chunkFileNames: (chunk) => messageChunkName(chunk.facadeModuleId) ?? 'assets/[name]-[hash].js',
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
