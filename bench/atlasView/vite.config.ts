import { defineConfig } from 'vite';

/**
 * Builds the atlas view benchmark's bare sigma.js page (bare.html). `npm run bench -- atlas-view`
 * builds it into a temporary folder itself. Never into dist/web.
 */
export default defineConfig({
  root: import.meta.dirname,
  base: './',
  logLevel: 'warn',
  build: {
    outDir: '../../dist/bench-atlas-view',
    emptyOutDir: true,
    target: 'es2022',
    rolldownOptions: { input: { bare: `${import.meta.dirname}/bare.html` } },
  },
});
