import { describe, expect, it } from 'vitest';
import { boardLockMessage } from '../../src/server/collab/applyBoardLock.js';
import { boardLockFrom } from '../../src/web/collab/boardLock.js';

describe('the board-lock message between server and page (A13)', () => {
  it('round-trips what the server sends', () => {
    expect(boardLockFrom(boardLockMessage(true, true))).toEqual({ locked: true, readOnly: true });
    expect(boardLockFrom(boardLockMessage(false, false))).toEqual({ locked: false, readOnly: false });
    // An observer on an unlocked board stays read-only.
    expect(boardLockFrom(boardLockMessage(false, true))).toEqual({ locked: false, readOnly: true });
  });

  it('ignores any other stateless message, restoring rather than trusting it', () => {
    for (const payload of ['', 'not json', 'null', '[]', '{"type":"other","locked":true}', '{"type":"board-lock","locked":"yes"}'])
      expect(boardLockFrom(payload)).toBeNull();
    expect(boardLockFrom('{"type":"board-lock","locked":true}')).toEqual({ locked: true, readOnly: true });
  });
});
