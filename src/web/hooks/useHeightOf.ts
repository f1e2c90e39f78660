import { useEffect, useState, type RefObject } from 'react';

/** The element's height on screen (border box, CSS pixels), kept up to date as it changes; 0 until measured. */
export function useHeightOf(element: RefObject<HTMLElement | null>): number {
  const [height, setHeight] = useState(0);
  useEffect(() => {
    const target = element.current;
    if (!target) return;
    const observer = new ResizeObserver(() => setHeight(target.getBoundingClientRect().height));
    observer.observe(target);
    return () => observer.disconnect();
  }, [element]);
  return height;
}
