export { reflectionLayout, reflectionMap, initReflectionDoc } from './reflectionLayout.js';
export { addReflectionNote, editReflectionNote, moveReflectionNote, deleteReflectionNote } from './reflectionNotes.js';
export { readReflection } from './readReflection.js';
// The note types and `anonymised` are the domain's; re-exported so a board's readers find them here.
export { anonymised, reflectionColumns, reflectionColumnLabels } from '../../domain/facilitation/index.js';
export type { Reflection, ReflectionColumn, ReflectionNote } from '../../domain/facilitation/index.js';
