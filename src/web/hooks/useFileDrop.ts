import { useEffect, useRef, useState } from 'react';

function carriesFiles(event: DragEvent): boolean {
  return event.dataTransfer?.types.includes('Files') ?? false;
}

/**
 * Files dragged onto the page, wherever they are let go: true while some are over it, and a
 * drop hands them to `onDrop` rather than letting the browser open the file (which would leave
 * the app). Other drags (an agenda row) are left alone. While `accepting` is false (an upload
 * is under way) a drop is still caught, but nothing is handed on.
 */
export function useFileDrop(onDrop: (files: File[]) => void, accepting: boolean): boolean {
  const [dragging, setDragging] = useState(false);
  const latest = useRef({ onDrop, accepting });
  useEffect(() => {
    latest.current = { onDrop, accepting };
  });

  useEffect(() => {
    // dragenter and dragleave fire for every element crossed: count them to know when the files leave the page.
    let depth = 0;
    const enter = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      depth += 1;
      setDragging(true);
    };
    const over = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = latest.current.accepting ? 'copy' : 'none';
    };
    const leave = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const drop = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      depth = 0;
      setDragging(false);
      const files = [...(event.dataTransfer?.files ?? [])];
      if (files.length > 0 && latest.current.accepting) latest.current.onDrop(files);
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragover', over);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  }, []);

  return dragging;
}
