import { describe, expect, it } from 'vitest';
import { canvasToJson, emptyCanvas, readCanvasFile, writeCanvasFile } from '../../../src/domain/canvas/index.js';
import type { Canvas } from '../../../src/domain/canvas/index.js';
import { createPrng } from '../../fuzz/prng.js';
import { fixture } from './fixtures.js';
import { randomCanvas } from './randomCanvas.js';

function read(text: string): Canvas {
  const result = readCanvasFile(text);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.canvas;
}

describe('writeCanvasFile round trip', () => {
  it('writes the golden fixture back as the same JSON', () => {
    const text = fixture('v1-air-quality.json');
    expect(JSON.parse(writeCanvasFile(read(text)))).toEqual(JSON.parse(text));
  });

  it('keeps unknown fields at every level on the way out', () => {
    const text = fixture('v1-unknown-fields.json');
    const written = JSON.parse(writeCanvasFile(read(text)));
    expect(written['x-exportedBy']).toEqual({ app: 'Other tool', build: 42 });
    expect(written['x-tags']).toEqual(['transport', 'wifi']);
    const purpose = written.sections.find((s: any) => s.id === 'purpose');
    expect(purpose['x-colour']).toBe('#ffeeaa');
    expect(purpose.notes[0]['x-position']).toEqual({ x: 10, y: 20 });
    expect(purpose.actions[0]['x-ticket']).toBe('DP-12');
    expect(written.reviews[0]['x-minutes']).toBe('https://example.org/minutes');
    // Read again, it is the same canvas: the file is now in the canonical form.
    expect(read(writeCanvasFile(read(text)))).toEqual(read(text));
  });

  it('writes all fifteen sections in order, leaving absent optional fields out (no nulls)', () => {
    const json = canvasToJson(emptyCanvas('Parking'));
    expect(json).toEqual({
      format: 'opencities/ethics-canvas',
      version: 1,
      title: 'Parking',
      sections: expect.any(Array),
      reviews: [],
    });
    expect((json.sections as unknown[]).length).toBe(15);
    expect(writeCanvasFile(emptyCanvas('x')).endsWith('}\n')).toBe(true);
  });

  it('never lets a kept field replace a known one', () => {
    const canvas: Canvas = { ...emptyCanvas('Real title'), extra: { title: 'Fake', format: 'other', 'x-ok': 1 } };
    const json = canvasToJson(canvas);
    expect(json.title).toBe('Real title');
    expect(json.format).toBe('opencities/ethics-canvas');
    expect(json['x-ok']).toBe(1);
  });

  it('keeps a field named __proto__ as a plain field', () => {
    const raw = `{"format":"opencities/ethics-canvas","version":1,"title":"t","__proto__":{"polluted":true}}`;
    const canvas = read(raw);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getOwnPropertyNames(canvas.extra)).toEqual(['__proto__']);
    expect(writeCanvasFile(canvas)).toContain('"__proto__"');
  });
});

describe('writeCanvasFile round trip on random canvases', () => {
  for (const seed of [1, 2, 3, 42, 2024]) {
    it(`R1: write then read gives the same canvas, 200 random canvases (seed ${seed})`, () => {
      const rng = createPrng(seed);
      for (let i = 0; i < 200; i++) {
        const canvas = randomCanvas(rng);
        const text = writeCanvasFile(canvas);
        const back = readCanvasFile(text);
        if (!back.ok) throw new Error(`canvas ${i}: ${JSON.stringify(back.errors)}`);
        expect(back.canvas).toEqual(canvas);
        // And the written text is a fixed point.
        expect(writeCanvasFile(back.canvas)).toBe(text);
      }
    });
  }
});
