import { describe, expect, it } from 'vitest';
import { actorRoleLabels, actorTypeLabels, flowKindLabels, noteKindLabels, readMapFile } from '../../../src/domain/map/index.js';
import type { EcosystemMap } from '../../../src/domain/map/index.js';
import { escapeXml, mapSvg } from '../../../src/domain/render/index.js';
import { createPrng } from '../../fuzz/prng.js';
import { fixture } from '../map/fixtures.js';
import { randomMap } from '../map/randomMap.js';
import { parsedSvg } from './svgText.js';

function golden(): EcosystemMap {
  const read = readMapFile(fixture('v1-air-quality.json'));
  if (!read.ok) throw new Error('the golden map must load');
  return read.map;
}

/** Words of a text as the picture may break them over lines: compare with spaces normalised. */
const words = (text: string) => text.split(/\s+/).join(' ');

describe('mapSvg', () => {
  it('is a standalone SVG document that parses as XML, with a title for assistive technology', () => {
    const svg = mapSvg(golden());
    expect(svg).toMatch(
      /^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="\d+(\.\d)?" height="\d+(\.\d)?"/,
    );
    expect(svg).toContain('<title id="map-title">Ecosystem map: Air quality sensing</title>');
    expect(svg).toContain('role="img"');
    parsedSvg(svg);
  });

  it('shows every actor with its name, its type in words and its roles in words', () => {
    const map = golden();
    const { allText, texts } = parsedSvg(mapSvg(map));
    for (const actor of map.actors) {
      expect(allText).toContain(words(actor.name));
      for (const role of actor.roles) expect(texts).toContain(actorRoleLabels[role]);
    }
    // The type is written on each card (and once in the legend): never told by colour alone.
    const publicCards = map.actors.filter((a) => a.type === 'public').length;
    expect(texts.filter((t) => t === actorTypeLabels.public)).toHaveLength(publicCards + 1);
  });

  it('labels every flow with its label, or its dataset, or its kind', () => {
    const map = golden();
    map.flows.push({ id: 'f-bare', from: 'council', to: 'lep', kind: 'value' });
    const { allText } = parsedSvg(mapSvg(map));
    for (const flow of map.flows) {
      const dataset = map.datasets.find((d) => d.id === flow.dataset)?.name;
      expect(allText).toContain(words(flow.label ?? dataset ?? flowKindLabels[flow.kind]));
    }
  });

  it('shows notes as sticky notes with their kind in words', () => {
    const map = golden();
    const { allText, texts } = parsedSvg(mapSvg(map));
    for (const note of map.notes) {
      expect(allText).toContain(words(note.text));
      if (note.kind) expect(texts.filter((t) => t === noteKindLabels[note.kind!]).length).toBeGreaterThanOrEqual(2); // note and legend
    }
    expect(mapSvg(map).match(/class="note"/g)).toHaveLength(map.notes.length);
  });

  it('has a legend naming every organisation type, role, flow kind and note kind', () => {
    const { texts } = parsedSvg(mapSvg({ title: 'Empty', actors: [], datasets: [], flows: [], notes: [] }));
    expect(texts).toContain('Legend');
    for (const label of [
      ...Object.values(actorTypeLabels),
      'Type not set',
      ...Object.values(actorRoleLabels),
      ...Object.values(flowKindLabels),
      ...Object.values(noteKindLabels),
    ])
      expect(texts).toContain(label);
    expect(texts).toContain('This map has no actors or notes yet.');
  });

  it('keeps HTML and script in labels as text: escaped, and the picture still parses', () => {
    const map = golden();
    map.title = '</title><script>alert(1)</script>';
    map.actors[0]!.name = '<script>alert("x")</script> & Co';
    map.flows[0]!.label = '<img src=x onerror=alert(1)>';
    map.notes[0]!.text = "]]></text><foreignObject>'quoted'";
    map.datasets[0]!.name = 'A & B "sensor" <data>';
    const svg = mapSvg(map);
    expect(svg).not.toMatch(/<script|<img|<foreignObject/i);
    expect(svg).toContain('&lt;script&gt;');
    expect(svg).toContain('&lt;img src=x onerror=alert(1)&gt;');
    // Long words break across lines: compare the text with the line breaks taken out.
    const squash = (text: string) => text.replace(/\s+/g, '');
    const shown = squash(parsedSvg(svg).allText);
    for (const label of [
      '<script>alert("x")</script> & Co',
      '<img src=x onerror=alert(1)>',
      "]]></text><foreignObject>'quoted'",
      'A & B "sensor" <data>',
    ])
      expect(shown).toContain(squash(label));
  });

  it('drops characters XML cannot carry instead of breaking the file', () => {
    const map = golden();
    map.actors[0]!.name = 'Bad\u0001 \u0008name\uFFFF \uD800 here';
    const { allText } = parsedSvg(mapSvg(map));
    expect(allText).toContain('Bad name here');
    expect(escapeXml('a\u0000b<c>&"\'')).toBe('ab&lt;c&gt;&amp;&quot;&#39;');
  });

  it('is deterministic: the same map gives the same bytes', () => {
    const map = golden();
    expect(mapSvg(map)).toBe(mapSvg(structuredClone(map)));
    const unplaced = { ...map, actors: map.actors.map(({ position: _, ...a }) => a) };
    expect(mapSvg(unplaced)).toBe(mapSvg(structuredClone(unplaced)));
  });

  it('uses only system font families and readable sizes', () => {
    const svg = mapSvg(golden());
    expect(svg).not.toMatch(/@font-face|@import|url\((?!#)/);
    expect(svg).toMatch(/font-family="[^"]*sans-serif"/);
    const fontSizes = [...svg.matchAll(/font-size="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(Math.min(...fontSizes)).toBeGreaterThanOrEqual(12);
  });

  it('draws random maps (awkward text, self-loops, notes on anything) as valid XML', () => {
    for (let seed = 1; seed <= 25; seed++) {
      const map = randomMap(createPrng(seed), 12);
      const { texts } = parsedSvg(mapSvg(map));
      expect(texts, `seed ${seed}`).toContain('Legend');
    }
  });
});
