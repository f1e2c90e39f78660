/**
 * The GraphML keys this app writes for each element's fields (formats/interop.md), by their
 * `attr.name`: the names graph tools (Gephi, yEd, Cytoscape, NetworkX) show. Lists are written
 * as list cells (`a|b`, see listCell.ts); a key whose values are JSON says so in its `<desc>`.
 */
export const nodeKeys = ['name', 'type', 'roles', 'description', 'skills', 'tags', 'x', 'y'] as const;
export const edgeKeys = ['kind', 'dataset', 'label', 'frequency', 'access', 'standard'] as const;
export const graphKeys = ['id', 'title', 'description', 'datasets', 'notes'] as const;

/** The `<desc>` of a key whose values are JSON text. */
export const jsonDesc = 'JSON';

/** Unknown fields from other tools whose name is one of a map element's own fields are kept under this prefix. */
export const renamedPrefix = 'graphml.';

export const graphmlNamespace = 'http://graphml.graphdrawing.org/xmlns';
