import { useEffect } from 'react';

/** Sets the browser tab's title, which screen readers announce on each page. */
export function useDocumentTitle(title: string | null): void {
  useEffect(() => {
    document.title = title ? `${title} · Open Cities Studio` : 'Open Cities Studio';
  }, [title]);
}
