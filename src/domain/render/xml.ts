/**
 * Text for SVG (XML 1.0). Every label in a map picture is user text: it goes through
 * `escapeXml`, so `<script>` in an actor's name stays the characters `<script>` and the
 * picture stays well-formed. Characters XML 1.0 cannot carry at all (most C0 controls, lone
 * surrogates, U+FFFE/U+FFFF) are dropped: a peer may have typed them, and one would make the
 * whole file unreadable.
 */

const notXmlChar =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Safe as element text and inside a double- or single-quoted attribute. */
export function escapeXml(text: string): string {
  return text.replace(notXmlChar, '').replace(/[&<>"']/g, (c) => entities[c] ?? c);
}

/** A coordinate or length, rounded to 0.1 so the same map always prints the same digits. */
export function num(value: number): string {
  const rounded = Math.round(value * 10) / 10;
  return Object.is(rounded, -0) ? '0' : String(rounded);
}

/** Attributes from a record; undefined values are left out, every value escaped. */
export function attrs(values: Record<string, string | number | undefined>): string {
  return Object.entries(values)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([name, value]) => `${name}="${typeof value === 'number' ? num(value) : escapeXml(value)}"`)
    .join(' ');
}
