import { newId } from '../../shared/index.js';

const randomBytes = (n: number) => crypto.getRandomValues(new Uint8Array(n));

/** A new id for a map element (src/shared ids), made in the browser: in its own file, free of Yjs, for code drawn before the document loads. */
export const newElementId = (prefix: 'actor' | 'flow' | 'dataset' | 'note') => newId(randomBytes, prefix);
