/**
 * What the map benchmark runs inside the page, the same on our editor and on the bare page.
 * Each function is sent to the browser as source (Playwright serialises it), so it uses
 * nothing from outside itself.
 */

/** What `installProbe` records, on `window.__mapBench`; times are performance.now() (ms since navigation start). */
export interface Probe {
  /** The first frame with a React Flow element on the page (our editor: its code has loaded). */
  firstApp: number | null;
  /** The first frame with a node in the DOM. */
  firstNode: number | null;
  /** First render: the frame from which the nodes and the viewport stayed as they are. */
  done: number | null;
  count: number;
  /** WebSocket messages received before `done`: [time, bytes]. */
  messages: [number, number][];
}

/**
 * An init script (runs before the page's own): polls every animation frame for the React Flow
 * nodes in the DOM (none hidden while unmeasured) and the viewport's transform, and sets
 * `done` to the frame where they last changed once they have stayed so for `stableFrames`
 * frames. Also counts WebSocket messages, to tell when our board's document arrived.
 */
export function installProbe(stableFrames: number): void {
  const probe: Probe = { firstApp: null, firstNode: null, done: null, count: 0, messages: [] };
  (window as unknown as { __mapBench: Probe }).__mapBench = probe;
  const Native = window.WebSocket;
  window.WebSocket = class extends Native {
    constructor(url: string | URL, protocols?: string | string[]) {
      super(url, protocols);
      this.addEventListener('message', (event: MessageEvent) => {
        if (probe.done !== null) return;
        const data = event.data as ArrayBuffer | Blob | string;
        const bytes = typeof data === 'string' ? data.length : data instanceof Blob ? data.size : data.byteLength;
        probe.messages.push([performance.now(), bytes]);
      });
    }
  };
  const nodes = document.getElementsByClassName('react-flow__node') as HTMLCollectionOf<HTMLElement>;
  const apps = document.getElementsByClassName('react-flow');
  let state = '';
  let since = 0;
  let frames = 0;
  const tick = () => {
    const now = performance.now();
    if (probe.firstApp === null && apps.length > 0) probe.firstApp = now;
    if (probe.firstNode === null && nodes.length > 0) probe.firstNode = now;
    let hidden = 0;
    for (let i = 0; i < nodes.length; i++) if (nodes[i]!.style.visibility === 'hidden') hidden++;
    const viewport = document.querySelector<HTMLElement>('.react-flow__viewport')?.style.transform ?? '';
    const next = `${nodes.length}/${hidden}/${viewport}`;
    if (next !== state) {
      state = next;
      since = now;
      frames = 0;
    } else frames++;
    probe.count = nodes.length;
    if (nodes.length > 0 && hidden === 0 && frames >= stableFrames) probe.done = since;
    else requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

/** The pane's box and a point on the empty pane (nothing drawn there) nearest its centre, to press on for a pan. */
export function findPanSpot(): { pane: { x: number; y: number; width: number; height: number }; spot: { x: number; y: number } | null } {
  const box = document.querySelector('.react-flow')!.getBoundingClientRect();
  const pane = { x: box.x, y: box.y, width: box.width, height: box.height };
  const centre = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  let best: { x: number; y: number } | null = null;
  let bestDistance = Infinity;
  for (let fy = 0.2; fy <= 0.8; fy += 0.02)
    for (let fx = 0.2; fx <= 0.8; fx += 0.02) {
      const x = Math.round(box.x + box.width * fx);
      const y = Math.round(box.y + box.height * fy);
      const free = [-3, 0, 3].every((d) => document.elementFromPoint(x + d, y + d)?.classList.contains('react-flow__pane'));
      const distance = Math.hypot(x - centre.x, y - centre.y);
      if (free && distance < bestDistance) {
        best = { x, y };
        bestDistance = distance;
      }
    }
  return { pane, spot: best };
}

/** Starts recording every animation frame (its time and the viewport's transform) on `window.__panFrames`. */
export function startFrameRecorder(): void {
  const frames: [number, string][] = [];
  const viewport = document.querySelector<HTMLElement>('.react-flow__viewport');
  const w = window as unknown as { __panFrames: [number, string][]; __panOn: boolean };
  w.__panFrames = frames;
  w.__panOn = true;
  const tick = () => {
    frames.push([performance.now(), viewport?.style.transform ?? '']);
    if (w.__panOn) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

export function stopFrameRecorder(): [number, string][] {
  const w = window as unknown as { __panFrames: [number, string][]; __panOn: boolean };
  w.__panOn = false;
  return w.__panFrames;
}

/** Elements in the document, and in each part of React Flow's drawing. */
export interface ElementCounts {
  total: number;
  nodes: number;
  edges: number;
  edgeLabels: number;
  /** Everything outside React Flow's viewport: the page, toolbars, panels, controls. */
  outside: number;
}

export function countElements(): ElementCounts {
  const count = (selector: string) => document.querySelector(selector)?.querySelectorAll('*').length ?? 0;
  const total = document.querySelectorAll('*').length;
  const viewport = count('.react-flow__viewport');
  return {
    total,
    nodes: count('.react-flow__nodes'),
    edges: count('.react-flow__edges'),
    edgeLabels: count('.react-flow__edgelabel-renderer'),
    outside: total - viewport,
  };
}
