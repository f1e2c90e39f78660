import { describe, expect, it } from 'vitest';
import { buildAtlas, emptyAtlasMessage } from '../../../src/domain/atlas/index.js';
import { plural } from '../../../src/shared/index.js';

describe('T13: an empty atlas says what the city lacks and how to fill it', () => {
  it('a city with no workshops: set a workshop’s city', () => {
    const message = buildAtlas('Atlantis', [], [], { workshops: 0, mapBoards: 0 }).message;
    expect(message).toMatch(/^Atlantis has no workshops yet\. Set a workshop's city to "Atlantis".*set-city WORKSHOP "Atlantis"/);
  });

  it('a city whose workshops have no map board: add one', () => {
    expect(emptyAtlasMessage('Coventry', { workshops: 1, mapBoards: 0 })).toMatch(
      /^Coventry has 1 workshop, but no ecosystem map board in them yet\. Add a map board/,
    );
  });

  it('a city whose map boards are empty says so, and does not ask for the city to be set', () => {
    const message = buildAtlas('Coventry', [], [], { workshops: 2, mapBoards: 3 }).message ?? '';
    expect(message).toMatch(/^Coventry has 2 workshops with 3 map boards, but no actors on them yet\. Put the projects' actors/);
    expect(message).not.toMatch(/no project maps|set-city/);
    expect(emptyAtlasMessage('Coventry', { workshops: 1, mapBoards: 1 })).toMatch(/1 workshop with 1 map board, but no actors on it yet/);
  });
});

describe('counted words come from one plural helper', () => {
  it('says "1 map", "0 maps", "2 flows", and takes irregular forms', () => {
    expect(plural(1, 'map')).toBe('1 map');
    expect(plural(0, 'map')).toBe('0 maps');
    expect(plural(2, 'flow')).toBe('2 flows');
    expect(plural(1, { one: 'actor matches', other: 'actors match' })).toBe('1 actor matches');
    expect(plural(3, { one: 'actor matches', other: 'actors match' })).toBe('3 actors match');
  });
});
