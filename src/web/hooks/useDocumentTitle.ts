import { useEffect } from 'react';

/** The product's name: the same in every language. */
export const productName = 'Open Cities Studio';

/** Sets the browser tab's title, which screen readers announce on each page. */
export function useDocumentTitle(title: string | null): void {
  useEffect(() => {
    document.title = title ? `${title} · ${productName}` : productName;
  }, [title]);
}
