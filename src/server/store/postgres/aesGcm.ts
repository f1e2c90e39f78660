import { createCipheriv, createDecipheriv, randomBytes, type KeyObject } from 'node:crypto';

// AES-256-GCM with a fresh 12-byte nonce per value: nonce | ciphertext | 16-byte tag.
const nonceBytes = 12;
const tagBytes = 16;

/** Bytes a sealed value adds to the plaintext. */
export const sealOverhead = nonceBytes + tagBytes;

/** Encrypts and authenticates `plain`; `context` (e.g. the workshop id) is bound to it. */
export function seal(key: KeyObject | Buffer, plain: Uint8Array, context: string): Buffer {
  const nonce = randomBytes(nonceBytes);
  const cipher = createCipheriv('aes-256-gcm', key, nonce, { authTagLength: tagBytes });
  cipher.setAAD(Buffer.from(context, 'utf8'));
  const body = Buffer.concat([cipher.update(plain), cipher.final()]);
  return Buffer.concat([nonce, body, cipher.getAuthTag()]);
}

/** Decrypts what `seal` made with the same key and context; throws if either differs or a byte changed. */
export function open(key: KeyObject | Buffer, sealed: Uint8Array, context: string): Buffer {
  if (sealed.byteLength < sealOverhead) throw new Error('sealed value is too short to be a sealed value');
  const bytes = Buffer.from(sealed.buffer, sealed.byteOffset, sealed.byteLength);
  const decipher = createDecipheriv('aes-256-gcm', key, bytes.subarray(0, nonceBytes), { authTagLength: tagBytes });
  decipher.setAAD(Buffer.from(context, 'utf8'));
  decipher.setAuthTag(bytes.subarray(bytes.byteLength - tagBytes));
  return Buffer.concat([decipher.update(bytes.subarray(nonceBytes, bytes.byteLength - tagBytes)), decipher.final()]);
}
