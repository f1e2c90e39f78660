import { describe, expect, it } from 'vitest';
import {
  canvasCredit,
  canvasSections,
  canvasThemes,
  isSectionId,
  sectionIds,
  sectionInfo,
  themeIds,
} from '../../../src/domain/canvas/index.js';

/** The table in formats/ethics-canvas.md: id, theme, title, in this order. */
const formatTable = [
  ['data-sources', 'know', 'Data sources'],
  ['rights', 'know', 'Rights around data sources'],
  ['limitations', 'know', 'Limitations in data sources'],
  ['context', 'know', 'Ethical and legislative context'],
  ['purpose', 'explore', 'Your reason for using data'],
  ['positive-effects', 'explore', 'Positive effects on people'],
  ['negative-effects', 'explore', 'Negative effects on people'],
  ['minimising-harm', 'explore', 'Minimising negative effects'],
  ['engaging-people', 'plan', 'Engaging with people'],
  ['communicating-purpose', 'plan', 'Communicating your purpose'],
  ['openness', 'plan', 'Openness and transparency'],
  ['sharing', 'plan', 'Sharing data with others'],
  ['ongoing-implementation', 'integrate', 'Ongoing implementation'],
  ['reviews', 'integrate', 'Reviews and iterations'],
  ['actions', 'integrate', 'Your actions'],
];

describe('canvas sections', () => {
  it('are the fifteen of the format, in its order, with its themes and titles', () => {
    expect(canvasSections.map((s) => [s.id, s.theme, s.title])).toEqual(formatTable);
    expect(canvasSections.map((s) => s.number)).toEqual(formatTable.map((_, i) => i + 1));
    expect(sectionIds).toEqual(formatTable.map(([id]) => id));
  });

  it('each have a prompt, guidance and at least one example', () => {
    for (const s of canvasSections) {
      expect(s.prompt, s.id).toMatch(/\?$/);
      expect(s.guidance.length, s.id).toBeGreaterThanOrEqual(2);
      expect(s.examples.length, s.id).toBeGreaterThanOrEqual(1);
    }
  });

  it('group into four themes, each labelled', () => {
    expect(canvasThemes.map((t) => t.id)).toEqual(themeIds);
    expect(themeIds).toEqual(['know', 'explore', 'plan', 'integrate']);
    for (const t of canvasThemes) expect(t.label.length).toBeGreaterThan(0);
  });

  it('credit the Open Data Institute under CC BY-SA 4.0', () => {
    expect(canvasCredit).toBe("Structure adapted from the Open Data Institute's Data Ethics Canvas (CC BY-SA 4.0)");
  });

  it('narrow outside strings to section ids', () => {
    expect(isSectionId('rights')).toBe(true);
    expect(isSectionId('budget')).toBe(false);
    expect(isSectionId(3)).toBe(false);
    expect(sectionInfo('actions').number).toBe(15);
  });
});
