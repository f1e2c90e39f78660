import nodemailer from 'nodemailer';
import { oneLine } from '../../shared/index.js';

/** One plain-text e-mail. */
export interface Mail {
  to: string;
  subject: string;
  text: string;
  replyTo?: string;
}

/** Sends e-mail, or says it cannot (no SMTP configured). */
export interface Mailer {
  readonly configured: boolean;
  send(mail: Mail): Promise<void>;
  close(): void;
}

/** No SMTP: nothing is sent; the inbox is the way facilitators hear of requests. */
export const noMailer: Mailer = { configured: false, send: () => Promise.resolve(), close: () => {} };

/**
 * E-mail through the installation's SMTP server (SMTP_URL, e.g. smtps://user:pass@mail.example.org
 * or smtp://relay.internal:25), from MAIL_FROM, with nodemailer. Subjects lose control characters
 * (no header can be smuggled in through a field a stranger typed).
 */
export function smtpMailer(smtpUrl: string, from: string): Mailer {
  const transport = nodemailer.createTransport(smtpUrl);
  return {
    configured: true,
    async send(mail) {
      await transport.sendMail({
        from,
        to: mail.to,
        subject: oneLine(mail.subject),
        text: mail.text,
        ...(mail.replyTo ? { replyTo: mail.replyTo } : {}),
      });
    },
    close: () => transport.close(),
  };
}
