/**
 * Naive graph oracles, written for obviousness rather than speed: an adjacency matrix, connected
 * parts by repeated breadth-first search, articulation points by removing each vertex in turn.
 */
export type Matrix = boolean[][];

/** Undirected, without self-loops; repeats collapse into one true. */
export function adjacencyMatrix(n: number, links: [number, number][]): Matrix {
  const m: Matrix = Array.from({ length: n }, () => Array.from({ length: n }, () => false));
  for (const [a, b] of links) {
    if (a === b) continue;
    m[a]![b] = true;
    m[b]![a] = true;
  }
  return m;
}

/** Connected parts among the vertices not in `removed`. */
export function componentsOracle(m: Matrix, removed: Set<number> = new Set()): number {
  const n = m.length;
  const seen = new Set<number>();
  let parts = 0;
  for (let s = 0; s < n; s++) {
    if (seen.has(s) || removed.has(s)) continue;
    parts++;
    const queue = [s];
    seen.add(s);
    while (queue.length > 0) {
      const v = queue.shift()!;
      for (let w = 0; w < n; w++)
        if (m[v]![w] && !seen.has(w) && !removed.has(w)) {
          seen.add(w);
          queue.push(w);
        }
    }
  }
  return parts;
}

/** Each vertex whose removal leaves more parts, with the number of parts after its removal. */
export function cutVerticesOracle(m: Matrix): Map<number, number> {
  const before = componentsOracle(m);
  const out = new Map<number, number>();
  for (let v = 0; v < m.length; v++) {
    const after = componentsOracle(m, new Set([v]));
    if (after > before) out.set(v, after);
  }
  return out;
}
