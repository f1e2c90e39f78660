import { describe, expect, it } from 'vitest';
import { closeMeaning, refusalText } from '../../../src/web/collab/connectionStatus.js';
import { errorRegistry } from '../../../src/shared/index.js';

describe('closeMeaning', () => {
  it('reads the application close code, with the message from a "CODE: message" reason', () => {
    expect(closeMeaning(4429, 'RATE_LIMITED: more than 60 messages a second. Wait a moment.')).toEqual({
      text: 'more than 60 messages a second. Wait a moment.',
      final: false,
    });
  });

  it('gives the registry message for a bare code (a socket close reason is at most 123 bytes)', () => {
    expect(closeMeaning(4429, 'RATE_LIMITED')).toEqual({ text: errorRegistry.RATE_LIMITED.message, final: false });
  });

  it("reads a board's own close message (code 1000) and a failed write (1011) by their reason", () => {
    expect(closeMeaning(1000, 'RATE_LIMITED: slow down')).toEqual({ text: 'slow down', final: false });
    expect(closeMeaning(1011, 'STORE_UNAVAILABLE')).toEqual({ text: errorRegistry.STORE_UNAVAILABLE.message, final: false });
  });

  it('stops retrying only when reconnecting cannot help', () => {
    expect(closeMeaning(4403, '')?.final).toBe(true);
    expect(closeMeaning(1000, 'BOARD_NOT_FOUND: gone')?.final).toBe(true);
    expect(closeMeaning(4401, '')?.final).toBe(false);
  });

  it('ignores closes that say nothing of ours', () => {
    expect(closeMeaning(1000, 'Server closed the connection')).toBeNull();
    expect(closeMeaning(1006, '')).toBeNull();
    expect(closeMeaning(1000, 'NOT_A_CODE: x')).toBeNull();
  });
});

describe('refusalText', () => {
  it("turns Hocuspocus's default reasons into sentences", () => {
    expect(refusalText('permission-denied')).toBe(errorRegistry.FORBIDDEN.message);
    expect(refusalText('Unauthorized')).toBe(errorRegistry.TOKEN_INVALID.message);
  });
});
