import { createHash, randomBytes } from 'node:crypto';

/** A new unguessable secret (256 bits), URL-safe, with an optional recognisable prefix. */
export function newSecret(prefix = ''): string {
  return `${prefix}${randomBytes(32).toString('base64url')}`;
}

/** What is stored instead of a secret: its SHA-256 in hex. Secrets are random, so no salt is needed. */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}
