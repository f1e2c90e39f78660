import { useEffect, useState, type RefObject } from 'react';

/**
 * The element's height on screen (border box, CSS pixels), kept up to date as it changes; 0 until
 * measured. `shape` changes whenever the ref may point at another element (one drawn only when
 * unfolded, say), so the new one is measured.
 */
export function useHeightOf(element: RefObject<HTMLElement | null>, shape?: unknown): number {
  const [height, setHeight] = useState(0);
  useEffect(() => {
    const target = element.current;
    if (!target) {
      setHeight(0);
      return;
    }
    const observer = new ResizeObserver(() => setHeight(target.getBoundingClientRect().height));
    observer.observe(target);
    return () => observer.disconnect();
  }, [element, shape]);
  return height;
}
