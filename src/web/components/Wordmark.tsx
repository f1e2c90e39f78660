import { Link } from 'wouter';
import { productName } from '../hooks/useDocumentTitle.js';

/** The product's name as a mark, linking home. The drawing is decoration: the text is the name. */
export function Wordmark() {
  return (
    <Link href="/" className="wordmark">
      <svg className="wordmark-icon" viewBox="0 0 32 32" width="32" height="32" aria-hidden="true" focusable="false">
        <rect width="32" height="32" rx="7" fill="currentColor" />
        <path d="M7 24V14h4v10zm7 0V8h4v16zm7 0v-7h4v7z" fill="#fff" />
      </svg>
      <span>{productName}</span>
    </Link>
  );
}
