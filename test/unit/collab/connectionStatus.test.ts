import { describe, expect, it } from 'vitest';
import { closeMeaning, isTemporaryRefusal, refusalMeta, refusalText } from '../../../src/web/collab/connectionStatus.js';
import { refusalWords } from '../../../src/web/i18n/apiErrorText.js';
import { errorRegistry } from '../../../src/shared/index.js';

describe('closeMeaning', () => {
  it('reads the application close code, with the message from a "CODE: message" reason', () => {
    expect(closeMeaning(4429, 'RATE_LIMITED: more than 60 messages a second. Wait a moment.')).toEqual({
      code: 'RATE_LIMITED',
      text: 'more than 60 messages a second. Wait a moment.',
      final: false,
      detailed: true,
    });
  });

  it('gives the registry message for a bare code (a socket close reason is at most 123 bytes)', () => {
    expect(closeMeaning(4429, 'RATE_LIMITED')).toEqual({
      code: 'RATE_LIMITED',
      text: errorRegistry.RATE_LIMITED.message,
      final: false,
      detailed: false,
    });
  });

  it("reads a board's own close message (code 1000) and a failed write (1011) by their reason", () => {
    expect(closeMeaning(1000, 'RATE_LIMITED: slow down')).toMatchObject({ code: 'RATE_LIMITED', text: 'slow down', final: false });
    expect(closeMeaning(1011, 'STORE_UNAVAILABLE')).toMatchObject({
      code: 'STORE_UNAVAILABLE',
      text: errorRegistry.STORE_UNAVAILABLE.message,
    });
  });

  it('stops retrying only when reconnecting cannot help, with a heading for a change too large', () => {
    expect(closeMeaning(4403, '')?.final).toBe(true);
    expect(closeMeaning(4413, 'MESSAGE_TOO_LARGE')).toMatchObject({ final: true, code: 'MESSAGE_TOO_LARGE' });
    expect(refusalWords({ reason: '', code: closeMeaning(4413, 'MESSAGE_TOO_LARGE')!.code }).title).toBe(
      'Your latest change was not saved',
    );
    expect(closeMeaning(4414, 'DOCUMENT_TOO_LARGE')?.final).toBe(true);
    expect(closeMeaning(4429, 'RATE_LIMITED')?.final).toBe(false);
    expect(closeMeaning(1000, 'BOARD_NOT_FOUND: gone')?.final).toBe(true);
    expect(closeMeaning(4401, '')?.final).toBe(false);
  });

  it('A10: a removal is final, under its own heading, whether the board or the socket says it', () => {
    const removed = { code: 'PARTICIPANT_REMOVED', final: true } as const;
    expect(closeMeaning(1000, `PARTICIPANT_REMOVED: ${errorRegistry.PARTICIPANT_REMOVED.message}`)).toMatchObject(removed);
    expect(closeMeaning(4410, 'PARTICIPANT_REMOVED')).toMatchObject({ ...removed, text: errorRegistry.PARTICIPANT_REMOVED.message });
    expect(refusalMeta('PARTICIPANT_REMOVED: gone')).toEqual({ code: 'PARTICIPANT_REMOVED' });
    // Its heading, as the workspace says it (the page words a refusal from its code).
    expect(refusalWords({ reason: 'gone', code: removed.code }).title).toBe('You have been removed from this workshop');
    expect(refusalMeta('FORBIDDEN: no')).toEqual({ code: 'FORBIDDEN' });
    expect(refusalMeta('permission-denied')).toEqual({});
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

describe('isTemporaryRefusal', () => {
  it('D8: a store that is down is waited out, not taken for a refusal', () => {
    expect(isTemporaryRefusal(`STORE_UNAVAILABLE: ${errorRegistry.STORE_UNAVAILABLE.message}`)).toBe(true);
    expect(isTemporaryRefusal('STORE_UNAVAILABLE')).toBe(true);
    expect(isTemporaryRefusal('permission-denied')).toBe(false);
    expect(isTemporaryRefusal(`FORBIDDEN: ${errorRegistry.FORBIDDEN.message}`)).toBe(false);
  });
});
