import { afterAll, describe, expect, it, vi } from 'vitest';
import type { Messages } from '@lingui/core';
import { refusalWords } from '../../../src/web/i18n/apiErrorText.js';
import { i18n } from '../../../src/web/i18n/i18n.js';
// Compiled by the same plug-in as in the build (vitest.config.ts).
import german from '../../../src/shared/i18n/catalogues/de.json' with { type: 'json' };

/** A board's connection refused (collab/connectionStatus.ts), as the workspace says it. */
describe('F3: a refused board connection in the person’s language', () => {
  afterAll(() => i18n.activate('en'));

  it('in English keeps the server’s own sentence, which may say more; a code with its own heading has it', () => {
    i18n.activate('en');
    const reason = 'A change of 3.2 MB was larger than the server accepts (1 MB). Split it into smaller changes.';
    expect(refusalWords({ reason, code: 'MESSAGE_TOO_LARGE' })).toEqual({ title: 'Your latest change was not saved', text: reason });
    expect(refusalWords({ reason: 'Nope', code: 'FORBIDDEN' })).toEqual({ title: undefined, text: 'Nope' });
    const tooFast = 'more than 20 messages a second. Too many changes too quickly. Wait a moment; the board reconnects by itself.';
    expect(refusalWords({ reason: tooFast, code: 'RATE_LIMITED' }).text).toBe(tooFast);
    expect(refusalWords({ reason: 'Down', code: 'STORE_UNAVAILABLE' }).text).toBe('Down');
  });

  it('in German says the code’s message (once fetched) and heading; a code it does not know keeps the server’s words', async () => {
    i18n.load({ de: german as unknown as Messages });
    i18n.activate('de');
    await vi.waitFor(() => expect(refusalWords({ reason: 'x', code: 'PARTICIPANT_REMOVED' }).text).not.toBe('x'));
    expect(refusalWords({ reason: 'You have been removed', code: 'PARTICIPANT_REMOVED' })).toEqual({
      title: 'Sie wurden aus diesem Workshop entfernt',
      text: 'Sie wurden aus diesem Workshop entfernt. Bitten Sie die Moderation um einen neuen Einladungslink, wenn Sie weiter teilnehmen sollen.',
    });
    expect(refusalWords({ reason: 'Something else', code: 'API_TOKEN_NOT_FOUND' }).text).toBe('Something else');
    // Why a board went offline (ConnectionBadge): edits sent too fast, the database down for now.
    expect(refusalWords({ reason: 'more than 20 messages a second. Too many changes…', code: 'RATE_LIMITED' }).text).toBe(
      'Zu viele Änderungen in zu kurzer Zeit. Warten Sie einen Moment; das Board verbindet sich von selbst wieder.',
    );
    expect(refusalWords({ reason: 'The server cannot reach its database.', code: 'STORE_UNAVAILABLE' }).text).toMatch(/Datenbank/);
    expect(refusalWords({ reason: 'No code' }).text).toBe('No code');
  });
});
