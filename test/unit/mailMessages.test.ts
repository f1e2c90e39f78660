import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bookingKindLabels, bookingKinds, type Booking } from '../../src/domain/bookings/index.js';
import { bookingReceipt, newBookingNotice } from '../../src/server/mail/bookingMail.js';
import { cy } from '../../src/server/mail/messages/cy.js';
import { de } from '../../src/server/mail/messages/de.js';
import { en, type MailCatalogue } from '../../src/server/mail/messages/en.js';
import { es } from '../../src/server/mail/messages/es.js';
import { fr } from '../../src/server/mail/messages/fr.js';
import { retentionWarning } from '../../src/server/mail/retentionMail.js';
import { expectCatalogues, expectKeysUsed } from '../support/serverCatalogues.js';

/** SPEC F9: the e-mails' catalogues, and the e-mails written from them. */
const catalogues: Record<string, MailCatalogue> = { en, cy, de, fr, es };

const booking: Booking = {
  id: 'bk_1',
  kind: 'ethics-training',
  organisation: 'Ysgol Gymraeg',
  city: 'Bangor',
  name: 'Siân',
  email: 'sian@example.org',
  teamSize: 12,
  preferredDates: 'March',
  message: 'Hoffem hyfforddiant.',
  status: 'new',
  notes: '',
  agreedDate: null,
  workshopId: null,
  createdAt: '2027-01-01T00:00:00.000Z',
  updatedAt: '2027-01-01T00:00:00.000Z',
};

describe('the e-mails in their languages', () => {
  it('every language has a catalogue; each message compiles and fills the placeholders English fills', () => {
    expectCatalogues(catalogues, ['de:notice.organisation']);
  });

  it('every message is used by the e-mails, and the kinds are the domain’s, in its English', () => {
    const code = readdirSync(join('src', 'server', 'mail'))
      .filter((f) => f.endsWith('.ts'))
      .map((f) => readFileSync(join('src', 'server', 'mail', f), 'utf8'))
      .join('\n');
    expectKeysUsed(en, code, (k) => k.startsWith('kind.'));
    for (const kind of bookingKinds) {
      expect(en[`kind.${kind}`]).toBe(bookingKindLabels[kind]);
      expect(en[`kind.${kind}.inSentence`]).toBe(bookingKindLabels[kind].toLowerCase());
    }
  });

  it('in English they read as they did before the catalogues', () => {
    const notice = newBookingNotice(booking, 'https://studio.example.org/facilitator/bookings');
    expect(notice.subject).toBe('New booking request: Data ethics training for Ysgol Gymraeg');
    expect(notice.text).toBe(
      [
        'Siân (sian@example.org) asks for data ethics training.',
        '',
        'Organisation: Ysgol Gymraeg',
        'City: Bangor',
        'Team size: 12',
        'Preferred dates: March',
        '',
        'Hoffem hyfforddiant.',
        '',
        'Answer it, schedule it or make a workshop from it in the inbox: https://studio.example.org/facilitator/bookings',
        'Reply to this e-mail to write to the person who asked.',
      ].join('\n'),
    );
    expect(bookingReceipt(booking, 1, 'https://studio.example.org').text).toContain('for 1 day, to arrange');
    const warning = retentionWarning({ id: 'ws_1', title: 'Air quality' }, '2027-03-16T00:00:00.000Z', 12, null);
    expect(warning.subject).toBe('Your workshop "Air quality" will be deleted on 16 March 2027');
    expect(warning.text).toContain('It is kept for 12 months after its last activity');
    expect(warning.text).toContain("The workshop's id: ws_1");
  });

  it('the warning before deletion is in the workshop’s language, its date and plurals too', () => {
    const de = retentionWarning(
      { id: 'ws_1', title: 'Luftqualität', language: 'de' },
      '2027-03-16T00:00:00.000Z',
      1,
      'https://s.example.org',
    );
    expect(de.subject).toBe('Ihr Workshop „Luftqualität“ wird am 16. März 2027 gelöscht');
    expect(de.text).toContain('Er wird 1 Monat nach der letzten Aktivität aufbewahrt');
    expect(de.text).toContain('Der Workshop: https://s.example.org/w/ws_1');
    const cy = retentionWarning({ id: 'ws_1', title: 'Ansawdd aer', language: 'cy' }, '2027-03-16T00:00:00.000Z', 2, null);
    expect(cy.text).toContain('Caiff ei gadw am 2 fis ar ôl');
    expect(cy.subject).toMatch(/^Bydd eich gweithdy "Ansawdd aer" yn cael ei ddileu ar 16 Mawrth 2027$/);
  });
});
