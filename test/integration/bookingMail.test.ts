import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../../src/server/auth/password.js';
import { api, startTestServer, type TestServer } from '../support/testServer.js';
import { waitFor } from '../support/waitFor.js';

interface Received {
  from: string;
  to: string[];
  raw: string;
}

/** A real SMTP server in this process (smtp-server, by nodemailer's author) that keeps what it receives. */
async function startSmtp(): Promise<{ url: string; received: Received[]; refuseNext: () => void; close: () => Promise<void> }> {
  const received: Received[] = [];
  let refuse = false;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    onRcptTo(_address, _session, callback) {
      if (refuse) return callback(new Error('550 mailbox unavailable'));
      callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString('utf8'),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    refuseNext: () => (refuse = true),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** Decodes a quoted-printable body as nodemailer writes non-ASCII text. */
const bodyOf = (raw: string) =>
  raw
    .split(/\r\n\r\n/)
    .slice(1)
    .join('\r\n\r\n')
    .replace(/=\r\n/g, '')
    .replace(/(=[0-9A-F]{2})+/g, (m) => Buffer.from(m.replace(/=/g, ''), 'hex').toString('utf8'));

describe('SPEC B6: e-mail about booking requests through a real SMTP server', () => {
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  let t: TestServer;

  beforeAll(async () => {
    smtp = await startSmtp();
    t = await startTestServer('sqlite', {
      smtpUrl: smtp.url,
      mailFrom: 'Studio <studio@example.org>',
      publicUrl: 'https://studio.example.org',
      bookingRetentionDays: 90,
    });
    for (const [id, email] of [
      ['ac_1', 'fay@example.org'],
      ['ac_2', 'sam@example.org'],
    ] as const)
      await t.store.createAccount({
        id,
        email,
        name: id,
        passwordHash: await hashPassword('a long password'),
        isAdmin: false,
        createdAt: new Date().toISOString(),
      });
  });
  afterAll(async () => {
    await t.dispose();
    await smtp.close();
  });

  it('every facilitator account is told, replying goes to the requester; the requester gets a receipt saying how long it is kept', async () => {
    const r = await fetch(`${t.base}/api/bookings`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'https://studio.example.org' },
      body: JSON.stringify({
        kind: 'ethics-training',
        organisation: 'Ysgol Gymraeg\r\nBcc: victim@example.org',
        name: 'Siân',
        email: 'sian@example.org',
        message: 'Hoffem hyfforddiant — data ethics for our team.',
      }),
    });
    expect(r.status).toBe(201);
    await waitFor('three e-mails', () => smtp.received.length >= 3);
    const to = smtp.received.map((m) => m.to.join(',')).sort();
    expect(to).toEqual(['fay@example.org', 'sam@example.org', 'sian@example.org']);
    for (const m of smtp.received) expect(m.from).toBe('studio@example.org');
    // No header smuggled in through the organisation: nobody else got it.
    expect(smtp.received.flatMap((m) => m.to)).not.toContain('victim@example.org');
    const notice = smtp.received.find((m) => m.to[0] === 'fay@example.org')!;
    expect(notice.raw).toMatch(/^Reply-To: sian@example.org$/m);
    const headers = notice.raw.split('\r\n\r\n')[0]!;
    expect(headers).not.toMatch(/^Bcc:/m);
    expect(headers.replace(/\r\n /g, ' ')).toMatch(
      /^Subject: New booking request: Data ethics training for Ysgol Gymraeg Bcc: victim@example.org$/m,
    );
    expect(bodyOf(notice.raw)).toContain('https://studio.example.org/facilitator/bookings');
    expect(bodyOf(notice.raw)).toContain('Hoffem hyfforddiant — data ethics for our team.');
    const receipt = smtp.received.find((m) => m.to[0] === 'sian@example.org')!;
    expect(receipt.raw).toMatch(/^Subject: We have your request for a workshop$/m);
    expect(bodyOf(receipt.raw)).toContain('for 90 days');
    expect(bodyOf(receipt.raw)).toContain('Hello Siân');
  });

  it('the receipt is in the language of the form they sent; the facilitators are told in English which language that was', async () => {
    const before = smtp.received.length;
    const r = await api(t.base, 'POST', '/api/bookings', {
      kind: 'cities-workshop',
      organisation: 'Cyngor Gwynedd',
      name: 'Gwenllian',
      email: 'gwenllian@example.org',
      message: 'Gweithdy i dîm data’r cyngor.',
      language: 'cy',
    });
    expect(r.status).toBe(201);
    await waitFor('three more e-mails', () => smtp.received.length >= before + 3);
    const sent = smtp.received.slice(before);
    const receipt = sent.find((m) => m.to[0] === 'gwenllian@example.org')!;
    expect(receipt.raw).toMatch(/^Subject: Mae eich cais am weithdy gyda ni$/m);
    const body = bodyOf(receipt.raw);
    expect(body).toContain('Helo Gwenllian,');
    expect(body).toContain(
      'mae eich cais am weithdy dinasoedd ar gyfer Cyngor Gwynedd wedi cyrraedd yr hwyluswyr yn https://studio.example.org',
    );
    expect(body).toContain('am 90 diwrnod');
    expect(body).not.toContain('We keep your request');
    const notice = sent.find((m) => m.to[0] === 'fay@example.org')!;
    expect(notice.raw).toMatch(/^Subject: New booking request: A cities workshop for Cyngor Gwynedd$/m);
    expect(bodyOf(notice.raw)).toContain('They wrote in Cymraeg; the receipt they got is in it too.');
  });

  it('an SMTP server that refuses: the request is still stored and answered 201; the failure is logged without addresses', async () => {
    smtp.refuseNext();
    const before = (await t.store.listBookings()).length;
    const r = await api(t.base, 'POST', '/api/bookings', {
      kind: 'other',
      organisation: 'Org',
      name: 'N',
      email: 'refused@example.org',
      message: 'Hello',
    });
    // The origin check wants this server's own address (PUBLIC_URL): a request without Origin is a script's, allowed.
    expect(r.status).toBe(201);
    expect((await t.store.listBookings()).length).toBe(before + 1);
    const line = await waitFor('the failure logged', () => t.logs.find((l) => /e-mails not sent/.test(l)));
    expect(line).toMatch(/3 of 3 e-mails not sent/);
    expect(line).not.toContain('refused@example.org');
  });
});
