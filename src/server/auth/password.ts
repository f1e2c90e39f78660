import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';

/**
 * Facilitator passwords, hashed with scrypt. Stored as `scrypt$N$r$p$salt$hash` (base64url),
 * so the cost can be raised later without breaking existing hashes.
 * N=2^15, r=8, p=1 costs about 32 MiB and ~100 ms: fine for sign-in, slow for guessing.
 */
const params = { N: 1 << 15, r: 8, p: 1 };
const keyLength = 32;
const maxmem = 64 * 1024 * 1024;

/**
 * scrypt runs on libuv's thread pool (4 threads), which also reads the web app's files: 16
 * sign-ins at once held all four and delayed `GET /` by 1.3 s. At most two run at once; the
 * rest wait their turn here, leaving the pool's other threads to files and DNS.
 */
const maxRunning = 2;
let running = 0;
const waiting: (() => void)[] = [];

async function inTurn<T>(work: () => Promise<T>): Promise<T> {
  if (running >= maxRunning) await new Promise<void>((resolve) => waiting.push(resolve));
  else running += 1;
  try {
    return await work();
  } finally {
    const next = waiting.shift();
    if (next)
      next(); // the slot passes straight to the next in line
    else running -= 1;
  }
}

function derive(password: string, salt: Buffer, N: number, r: number, p: number): Promise<Buffer> {
  return inTurn(
    () =>
      new Promise((resolve, reject) => {
        scrypt(password.normalize('NFKC'), salt, keyLength, { N, r, p, maxmem }, (err, key) => (err ? reject(err) : resolve(key)));
      }),
  );
}

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, params.N, params.r, params.p);
  return ['scrypt', params.N, params.r, params.p, salt.toString('base64url'), key.toString('base64url')].join('$');
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !n || !r || !p || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64url');
  const key = await derive(password, Buffer.from(salt, 'base64url'), Number(n), Number(r), Number(p));
  return key.length === expected.length && timingSafeEqual(key, expected);
}

/**
 * A hash of no one's password, with the current parameters. Sign-in checks an unknown e-mail
 * against it, so a known and an unknown e-mail take the same time (no account enumeration).
 */
const dummyHash = ['scrypt', params.N, params.r, params.p, 'b2NzLW5vLWFjY291bnQtcw', 'A'.repeat(43)].join('$');

/** Spends the time of one password check, for an e-mail that has no account; always false. */
export async function verifyNoAccount(password: string): Promise<false> {
  await verifyPassword(password, dummyHash);
  return false;
}
