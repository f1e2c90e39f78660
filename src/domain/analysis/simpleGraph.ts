/**
 * An undirected simple graph over vertices 0..size−1, built from any list of links: direction,
 * repeats and self-loops are dropped (the graph the contract's metrics and
 * single-point-of-failure are defined on). Plain code rather than a graph library: three
 * linear algorithms, checked against naive oracles in test/unit/analysis/graph.test.ts.
 */
export interface SimpleGraph {
  size: number;
  /** Distinct neighbours of each vertex, never itself. */
  neighbours: number[][];
  edgeCount: number;
}

export function simpleGraph(size: number, links: Iterable<readonly [number, number]>): SimpleGraph {
  const neighbours: number[][] = Array.from({ length: size }, () => []);
  const seen = new Set<number>();
  let edgeCount = 0;
  for (const [a, b] of links) {
    if (a === b) continue;
    const [lo, hi] = a < b ? [a, b] : [b, a];
    // One number per pair: exact while size² < 2^53, far beyond any map.
    const key = lo * size + hi;
    if (seen.has(key)) continue;
    seen.add(key);
    neighbours[lo]?.push(hi);
    neighbours[hi]?.push(lo);
    edgeCount++;
  }
  return { size, neighbours, edgeCount };
}

/** Connected parts; a vertex without edges is one. */
export function countComponents(graph: SimpleGraph): number {
  const seen = new Uint8Array(graph.size);
  let parts = 0;
  for (let start = 0; start < graph.size; start++) {
    if (seen[start]) continue;
    parts++;
    seen[start] = 1;
    const stack = [start];
    for (let v = stack.pop(); v !== undefined; v = stack.pop())
      for (const w of graph.neighbours[v] ?? [])
        if (!seen[w]) {
          seen[w] = 1;
          stack.push(w);
        }
  }
  return parts;
}

/**
 * The articulation points (Hopcroft–Tarjan, iterative so a long chain cannot overflow the
 * stack), each with the number of parts its connected part falls into when it is removed
 * (always at least 2). So removing `v` turns `c` components into `c − 1 + parts`.
 */
export function articulationPoints(graph: SimpleGraph): Map<number, number> {
  const { size, neighbours } = graph;
  // Typed arrays are zero-filled and never read out of range here; `?? 0` only satisfies the checker.
  const order = new Int32Array(size).fill(-1); // discovery time, −1 while unvisited
  const low = new Int32Array(size); // earliest discovery time reachable from the subtree by one back edge
  const parent = new Int32Array(size).fill(-1);
  const next = new Int32Array(size); // the next neighbour to look at, per vertex on the stack
  const cutOff = new Int32Array(size); // children whose subtree reaches the rest only through this vertex
  let time = 0;
  for (let root = 0; root < size; root++) {
    if (order[root] !== -1) continue;
    order[root] = low[root] = time++;
    const stack = [root];
    while (stack.length > 0) {
      const v = stack[stack.length - 1] ?? 0;
      const adjacent = neighbours[v] ?? [];
      const i = next[v] ?? 0;
      if (i < adjacent.length) {
        next[v] = i + 1;
        const w = adjacent[i] ?? 0;
        if (order[w] === -1) {
          parent[w] = v;
          order[w] = low[w] = time++;
          stack.push(w);
        } else if (w !== parent[v]) low[v] = Math.min(low[v] ?? 0, order[w] ?? 0);
        continue;
      }
      stack.pop();
      const p = parent[v] ?? -1;
      if (p === -1) continue;
      low[p] = Math.min(low[p] ?? 0, low[v] ?? 0);
      if ((low[v] ?? 0) >= (order[p] ?? 0)) cutOff[p] = (cutOff[p] ?? 0) + 1;
    }
  }
  const points = new Map<number, number>();
  // Every child of a root is cut off from the others; any other vertex also keeps its parent's side.
  for (let v = 0; v < size; v++) {
    const cut = cutOff[v] ?? 0;
    const parts = parent[v] === -1 ? cut : cut > 0 ? cut + 1 : 0;
    if (parts >= 2) points.set(v, parts);
  }
  return points;
}
