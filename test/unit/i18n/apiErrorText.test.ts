import type { Messages } from '@lingui/core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../../src/web/api.js';
import { apiErrorText } from '../../../src/web/i18n/apiErrorText.js';
import { i18n, messagesFor, translate } from '../../../src/web/i18n/i18n.js';
// Compiled by the same plug-in as in the build (vitest.config.ts).
import german from '../../../src/shared/i18n/catalogues/de.json' with { type: 'json' };

const de = german as unknown as Messages;

describe('F4: the server’s errors in the person’s language, by code', () => {
  beforeAll(() => {
    i18n.load('de', de);
    i18n.activate('de');
  });
  afterAll(() => i18n.activate('en'));

  it('shows the catalogue’s message for a code it maps, whatever the server’s English said', () => {
    expect(apiErrorText(new ApiError('INVITE_NOT_FOUND', 'This invite code is not known.', 404))).toBe(
      'Dieser Einladungscode ist unbekannt. Prüfen Sie den Link oder bitten Sie Ihre Moderation um einen neuen.',
    );
    expect(apiErrorText(new ApiError('NETWORK', 'Cannot reach the server.', 0))).toMatch(/^Der Server von Open Cities Studio/);
  });

  it('says how long to wait from Retry-After, counted in the language', () => {
    const tooMany = (seconds: number | null) => apiErrorText(new ApiError('TOO_MANY_ATTEMPTS', 'Try again later', 429, seconds));
    expect(tooMany(300)).toContain('in 5 Minuten erneut');
    expect(tooMany(60)).toContain('in 60 Sekunden erneut');
    expect(tooMany(1)).toContain('in 1 Sekunde erneut');
    expect(tooMany(null)).toBe('Zu viele Versuche von dieser Adresse. Warten Sie ein paar Minuten und versuchen Sie es dann erneut.');
  });

  it('says a code’s general words in German once fetched (the server’s own until then), the server’s own for a code it has none for, and a thrown error’s message', async () => {
    const missing = new ApiError('WORKSHOP_NOT_FOUND', 'No workshop with this id.', 404);
    expect(apiErrorText(missing)).toBe('No workshop with this id.');
    await vi.waitFor(() =>
      expect(apiErrorText(missing)).toBe('Kein Workshop mit dieser ID. Prüfen Sie den Link oder öffnen Sie ihn aus Ihrer Workshop-Liste.'),
    );
    expect(apiErrorText(new ApiError('FILE_INVALID', 'The file is not valid: actors.3.name is missing.', 400))).toBe(
      'The file is not valid: actors.3.name is missing.',
    );
    expect(apiErrorText(new Error('Something broke'))).toBe('Something broke');
  });

  it('in English keeps the server’s own sentence, which may say more', () => {
    i18n.activate('en');
    try {
      const detailed = 'No workshop with id "ws_1". Check the link, or open it from your workshop list.';
      expect(apiErrorText(new ApiError('WORKSHOP_NOT_FOUND', detailed, 404))).toBe(detailed);
    } finally {
      i18n.activate('de');
    }
  });
});

describe('F3: a message the language lacks reads in English, never as its key', () => {
  it('falls back to the English of a key missing from the current language, and says so once', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    i18n.activate('fr');
    try {
      // The French of the areas registered so far (the `error.` area among them), as a part's
      // door fetches them; then a catalogue with a hole.
      await messagesFor(Promise.resolve());
      delete (i18n.messages as Record<string, unknown>)['error.inviteRevoked'];
      expect(translate('error.inviteRevoked')).toBe('This invite has been withdrawn. Ask your facilitator for a new link.');
      expect(translate('error.inviteRevoked')).toBe('This invite has been withdrawn. Ask your facilitator for a new link.');
      expect(translate('error.inviteNotFound')).toMatch(/^Ce code d’invitation est inconnu/);
      // (Lingui also warns that French was activated before its messages were loaded.)
      const ours = warn.mock.calls.filter(([said]) => !String(said).startsWith('Messages for locale'));
      expect(ours).toEqual([['No fr message for "error.inviteRevoked": shown in English.']]);
    } finally {
      i18n.activate('en');
      warn.mockRestore();
    }
  });
});
