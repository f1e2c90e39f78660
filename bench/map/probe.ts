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

/** React's work while counting was on (`setCommitCounting`): what a pan makes React do. */
export interface CommitCounts {
  commits: number;
  /** Components (function, class, memo, forwardRef) that rendered, summed over the commits. */
  rendered: number;
  /** Elements (host components) added to the page. */
  mounted: number;
  /** Rendered components by name (minified names unless the app was built without minifying). */
  byName: Record<string, number>;
}

/**
 * An init script: a minimal stand-in for React DevTools' global hook, which React (production
 * builds included) calls after each commit. While counting is on it walks the committed tree
 * as DevTools does (a subtree whose child list is the one of the previous commit did not
 * render) and counts commits, components rendered and elements mounted. Only for the
 * bench's `--profile` loads: the walk costs a little on every commit.
 */
export function installCommitCounter(): void {
  interface Fiber {
    tag: number;
    type: unknown;
    flags: number;
    child: Fiber | null;
    sibling: Fiber | null;
    alternate: Fiber | null;
  }
  const counts: CommitCounts & { on: boolean } = { on: false, commits: 0, rendered: 0, mounted: 0, byName: {} };
  const composite = new Set([0, 1, 11, 14, 15]); // function, class, forwardRef, memo, simple memo
  const host = new Set([5, 26, 27]); // host component, hoistable, singleton
  const performedWork = 1;
  const nameOf = (f: Fiber): string => {
    const t = f.type as {
      displayName?: string;
      name?: string;
      type?: { displayName?: string; name?: string };
      render?: { name?: string };
    } | null;
    return t?.displayName || t?.name || t?.type?.displayName || t?.type?.name || t?.render?.name || '(anonymous)';
  };
  const rendered = (f: Fiber) => {
    counts.rendered++;
    const name = nameOf(f);
    counts.byName[name] = (counts.byName[name] ?? 0) + 1;
  };
  const mount = (f: Fiber) => {
    if (composite.has(f.tag)) rendered(f);
    else if (host.has(f.tag)) counts.mounted++;
    for (let c = f.child; c; c = c.sibling) mount(c);
  };
  const update = (next: Fiber, prev: Fiber) => {
    if (composite.has(next.tag) && (next.flags & performedWork) !== 0) rendered(next);
    if (next.child === prev.child) return;
    for (let c = next.child; c; c = c.sibling) {
      if (c.alternate) update(c, c.alternate);
      else mount(c);
    }
  };
  (window as unknown as { __reactCommits: typeof counts }).__reactCommits = counts;
  (window as unknown as { __REACT_DEVTOOLS_GLOBAL_HOOK__: object }).__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
    supportsFiber: true,
    renderers: new Map(),
    inject: () => 1,
    onCommitFiberRoot(_renderer: number, root: { current: Fiber }) {
      if (!counts.on) return;
      counts.commits++;
      const prev = root.current.alternate;
      if (prev) update(root.current, prev);
      else mount(root.current);
    },
    onCommitFiberUnmount() {},
    onPostCommitFiberRoot() {},
    checkDCE() {},
  };
}

/** Starts (`on`) or stops counting React's commits (installCommitCounter), returning the counts so far and clearing them. */
export function setCommitCounting(on: boolean): CommitCounts | null {
  const counts = (window as unknown as { __reactCommits?: CommitCounts & { on: boolean } }).__reactCommits;
  if (!counts) return null;
  const { commits, rendered, mounted, byName } = counts;
  Object.assign(counts, { on, commits: 0, rendered: 0, mounted: 0, byName: {} });
  return { commits, rendered, mounted, byName };
}
