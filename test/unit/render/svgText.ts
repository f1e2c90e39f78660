import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { expect } from 'vitest';

/**
 * Reads a picture back with a real XML parser: fails the test if it is not well-formed, and
 * gives the text of every <text> element, entities decoded, as a viewer shows it.
 */
export function parsedSvg(svg: string): { texts: string[]; allText: string } {
  const valid = XMLValidator.validate(svg);
  expect(valid, JSON.stringify(valid)).toBe(true);
  const parser = new XMLParser({ ignoreAttributes: false, preserveOrder: true, processEntities: true, htmlEntities: true });
  const texts: string[] = [];
  const walk = (nodes: unknown[], inText: boolean) => {
    for (const node of nodes as Record<string, unknown>[]) {
      for (const [key, value] of Object.entries(node)) {
        if (key === '#text' && inText) texts.push(String(value));
        else if (Array.isArray(value)) walk(value, inText || key === 'text');
      }
    }
  };
  walk(parser.parse(svg) as unknown[], false);
  return { texts, allText: texts.join(' ') };
}
