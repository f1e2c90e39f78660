import { useEffect, useState } from 'react';
import type * as Y from 'yjs';
import { emptyReflection } from '../../domain/facilitation/index.js';
import { readReflection, reflectionMap, type Reflection } from '../../doc/reflection/index.js';

/** The board's reflection notes by column (src/doc/reflection), live as anyone edits them. */
export function useReflection(doc: Y.Doc | null): Reflection {
  const [reflection, setReflection] = useState<Reflection>(emptyReflection);
  useEffect(() => {
    if (!doc) {
      setReflection(emptyReflection());
      return;
    }
    const notes = reflectionMap(doc);
    const update = () => setReflection(readReflection(doc));
    update();
    notes.observeDeep(update);
    return () => notes.unobserveDeep(update);
  }, [doc]);
  return reflection;
}
