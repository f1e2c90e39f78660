import { describe, expect, it } from 'vitest';
import { audienceMessage } from '../../src/server/extensions/audienceWatch.js';
import { audienceCountFrom, boardLockFrom } from '../../src/web/collab/boardLock.js';

describe('the audience count message between server and page (W4)', () => {
  it('round-trips what the server sends, and is not taken for a lock', () => {
    expect(audienceCountFrom(audienceMessage(12))).toBe(12);
    expect(audienceCountFrom(audienceMessage(0))).toBe(0);
    expect(boardLockFrom(audienceMessage(3))).toBeNull();
  });

  it('ignores any other stateless message, restoring rather than trusting it', () => {
    for (const payload of ['', 'not json', 'null', '[]', '{"type":"board-lock","locked":true}', '{"type":"audience","watching":"12"}'])
      expect(audienceCountFrom(payload)).toBeNull();
    expect(audienceCountFrom('{"type":"audience","watching":-1}')).toBeNull();
  });
});
