import { startEarlyReads } from './earlyReads.js';

/**
 * The app's first module (index.html lists it before main.tsx; the build puts both in one entry
 * script, this one first). It starts the page's first reads and a page's code (earlyReads.ts)
 * once that script has arrived, before React, the router and the app's frame are evaluated:
 * about 200 ms earlier on a slow machine (docs/benchmarks.md, the nineteenth session).
 */
startEarlyReads(window.location);
