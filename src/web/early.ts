import { startEarlyReads } from './earlyReads.js';

/**
 * The app's first entry (index.html runs it before main.tsx): it starts the page's first reads
 * and a page's code (earlyReads.ts) as soon as these few modules arrive, not once the app's own
 * code (React, the router, the frame) has arrived and been evaluated, about 250 ms later on a
 * slow machine.
 */
startEarlyReads(window.location);
