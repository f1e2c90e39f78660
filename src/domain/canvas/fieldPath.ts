/**
 * Field paths in messages, written the way a person reads a file: `sections[3].notes[0].text`.
 * Keys that are not plain names are quoted (`extra["a b"]`). The empty path is the whole file.
 */
export function formatPath(segments: readonly PropertyKey[]): string {
  let out = '';
  for (const segment of segments) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (typeof segment === 'string' && /^[A-Za-z_$][\w$]*$/.test(segment)) out += out === '' ? segment : `.${segment}`;
    else out += `[${JSON.stringify(String(segment))}]`;
  }
  return out;
}
