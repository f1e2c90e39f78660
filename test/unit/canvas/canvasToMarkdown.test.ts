import { describe, expect, it } from 'vitest';
import { canvasCredit, canvasSections, canvasToMarkdown, emptyCanvas, readCanvasFile } from '../../../src/domain/canvas/index.js';
import type { Canvas } from '../../../src/domain/canvas/index.js';
import { fixture } from './fixtures.js';

function golden(): Canvas {
  const result = readCanvasFile(fixture('v1-air-quality.json'));
  if (!result.ok) throw new Error('golden does not load');
  return result.canvas;
}

describe('canvasToMarkdown', () => {
  it('carries the credit the ODI licence asks for', () => {
    expect(canvasToMarkdown(golden())).toContain(canvasCredit);
    expect(canvasToMarkdown(emptyCanvas('Empty'))).toContain(canvasCredit);
    expect(canvasCredit).toMatch(/Open Data Institute.*CC BY-SA 4\.0/);
  });

  it('prints every section with something in it, with its notes and actions', () => {
    const canvas = golden();
    const md = canvasToMarkdown(canvas);
    for (const section of canvas.sections) {
      const info = canvasSections.find((s) => s.id === section.id)!;
      const heading = `### ${info.number}. ${info.title}`;
      if (section.status === 'not-started' && section.notes.length === 0 && section.actions.length === 0) {
        expect(md).not.toContain(heading);
        expect(md).toContain(`${info.number}. ${info.title}`);
      } else {
        expect(md).toContain(heading);
      }
    }
    expect(md).toContain('- No sensors in the east of the city, where the bus depot is (Group 2) · 5 votes');
    expect(md).toContain("- [x] Add the east-side gap to the project's limitations page (owner: Data team, due 2026-12-15, low priority)");
    expect(md).toContain('Next review: 2027-05-27');
    expect(md).toContain('## Reviews');
    expect(md).toContain('Progress: 1 of 15 sections done, 12 started. Actions: 1 of 4 done.');
  });

  it('lists all actions together, most urgent first', () => {
    const md = canvasToMarkdown(golden());
    const all = md.slice(md.indexOf('## All actions'));
    const order = ['Ask the vendor', 'Renew the data sharing', 'Move the sensor', 'Add the east-side gap'].map((t) => all.indexOf(t));
    expect(order.every((at) => at > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('lists the linked map’s datasets beside the data sources', () => {
    const md = canvasToMarkdown(golden(), {
      mapDatasets: [
        { id: 'readings', name: 'Sensor readings' },
        { id: 'schools', name: 'School sites' },
      ],
    });
    const section = md.slice(md.indexOf('### 1. Data sources'), md.indexOf('### 2.'));
    expect(section).toContain('Datasets on the linked ecosystem map:');
    expect(section).toContain('- School sites');
    expect(md).toContain('Linked ecosystem map: map-air-quality');
  });

  it('prints note text as written, never as markup', () => {
    const canvas = emptyCanvas('T');
    canvas.sections[0]!.notes.push(
      { id: 'a', text: '*urgent* [link](http://x) <b>', votes: 0 },
      { id: 'b', text: '1. first\n# second', votes: 1, author: 'A_B' },
    );
    const md = canvasToMarkdown(canvas);
    expect(md).toContain('- \\*urgent\\* \\[link\\](http://x) \\<b\\>');
    expect(md).toContain('- 1\\. first \\# second (A\\_B) · 1 vote\n');
  });

  it('names untouched sections in one line instead of printing them empty', () => {
    const md = canvasToMarkdown(emptyCanvas('Nothing yet'));
    expect(md).not.toContain('###');
    expect(md).toContain('Not started yet: 1. Data sources;');
  });

  it('E5: control and bidi-override characters never reach the Markdown', () => {
    const odd = 'Safe\u0000 note\u0007 \u202Eevil\u202C \u2066isolate\u2069 \u001b[31mred\u2028next';
    const canvas = emptyCanvas(odd);
    const section = canvas.sections[0]!;
    section.status = 'discussed';
    section.notes.push({ id: 'n1', text: odd, author: odd, votes: 0 });
    const md = canvasToMarkdown(canvas);
    expect(md).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u2028\u2029]/);
    expect(md).toContain('# Data ethics canvas: Safe note evil isolate \\[31mred next\n');
    expect(md).toContain('- Safe note evil isolate \\[31mred next (Safe note evil isolate \\[31mred next)\n');
  });
});
