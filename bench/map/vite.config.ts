import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/**
 * Builds the map benchmark's bare React Flow page (bare.html). `npm run bench -- map` builds
 * it into a temporary folder itself; built by hand (`npx vite build --config
 * bench/map/vite.config.ts`) it goes to dist/bench-map. Never into dist/web.
 */
export default defineConfig({
  root: import.meta.dirname,
  base: './',
  plugins: [react()],
  logLevel: 'warn',
  build: {
    outDir: '../../dist/bench-map',
    emptyOutDir: true,
    target: 'es2022',
    rolldownOptions: { input: { bare: `${import.meta.dirname}/bare.html` } },
  },
});
