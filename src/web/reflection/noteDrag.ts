/** The drag data type for a reflection note being dragged to another column (its id). */
export const noteDragType = 'application/x-ocs-reflection-note';
