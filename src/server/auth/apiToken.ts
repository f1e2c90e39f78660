import { createHash, randomBytes } from 'node:crypto';

/**
 * A personal API token (SPEC N3): `ocs_` and 32 random bytes, url-safe. The prefix lets a
 * secret scanner or a person tell it apart; only its SHA-256 is stored.
 */
const prefix = 'ocs_';
const shape = /^ocs_[A-Za-z0-9_-]{43}$/;

export function newApiTokenValue(): string {
  return prefix + randomBytes(32).toString('base64url');
}

export function hashApiToken(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}

/**
 * The token an `Authorization` header carries: null without a Bearer header (another scheme
 * is not ours to judge), 'malformed' for a Bearer header that holds no token of our shape.
 */
export function bearerToken(header: string | undefined): string | 'malformed' | null {
  if (header === undefined) return null;
  const match = /^bearer(?:\s+(.*))?$/i.exec(header.trim());
  if (!match) return null;
  const token = match[1]?.trim() ?? '';
  return shape.test(token) ? token : 'malformed';
}
