/**
 * Calls `then` once the frame being drawn now has been made: at the start of the frame after it.
 * A single requestAnimationFrame runs before its frame is painted; with software WebGL (a
 * machine without a GPU) making the frame of a large atlas held the page's thread for 1.3–1.8 s
 * after that (8,200 actors, 30,000 flows). Returns a function that cancels it.
 */
export function whenFrameShown(then: () => void): () => void {
  let second = 0;
  const first = requestAnimationFrame(() => (second = requestAnimationFrame(then)));
  return () => {
    cancelAnimationFrame(first);
    cancelAnimationFrame(second);
  };
}
