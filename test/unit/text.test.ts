import { describe, expect, it } from 'vitest';
import { graphemeLength, graphemes, truncateText } from '../../src/shared/index.js';
import { initialsOf } from '../../src/web/collab/presence.js';
import { attachment } from '../../src/server/services/report/fileName.js';

describe('text is cut between the characters a person sees, never inside one', () => {
  it('counts an emoji, a family emoji, a flag and an accented letter as one each', () => {
    expect(graphemes('Zoë 🙂👩‍👩‍👧🇨🇾')).toEqual(['Z', 'o', 'ë', ' ', '🙂', '👩‍👩‍👧', '🇨🇾']);
    expect(graphemeLength('e\u0301')).toBe(1);
  });

  it('leaves short text alone and cuts long text with an ellipsis within the limit', () => {
    expect(truncateText('City Council', 20)).toBe('City Council');
    expect(truncateText('City Council data team', 10)).toBe('City Coun…');
    expect(graphemeLength(truncateText('City Council data team', 10))).toBe(10);
  });

  it('never cuts an emoji in half', () => {
    const cut = truncateText('Z👩‍🔬👩‍🔬👩‍🔬', 3);
    expect(cut).toBe('Z👩‍🔬…');
    expect(cut).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
    expect(truncateText('🇨🇾🇨🇾', 1, '')).toBe('🇨🇾');
  });

  it('drops the spaces before the ellipsis', () => {
    expect(truncateText('Fire and Rescue', 10)).toBe('Fire and…');
  });
});

describe('names and titles shown or sent are cut on grapheme boundaries', () => {
  it('initials of a name that starts or ends with an emoji are whole characters', () => {
    expect(initialsOf('Zara 🙂')).toBe('Z🙂');
    expect(initialsOf('👩‍🔬 Lab')).toBe('👩‍🔬L');
  });

  it('a download name cut at 80 characters keeps an emoji whole (a half one made the header throw)', () => {
    const title = `${'a'.repeat(79)}🙂 more`;
    const header = attachment(title, 'report', 'pdf');
    expect(decodeURIComponent(header.split("UTF-8''")[1]!)).toBe(`${'a'.repeat(79)}🙂 report.pdf`);
  });
});
