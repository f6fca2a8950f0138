import { createHash } from 'node:crypto';

const PREFIX = 'cmt_';

/**
 * A user's bearer token: 256 random bits, base64url, with a prefix so a token
 * pasted into the wrong place (a log, a ticket) is recognisable for what it is.
 *
 * Stored as its SHA-256, never as itself. A slow password hash (bcrypt, scrypt)
 * protects secrets people choose, which are guessable; 256 random bits are not,
 * so a fast hash loses nothing, and it lets a request find its user by an
 * indexed equality lookup instead of checking a salted hash against every user.
 */
export function newToken(randomBytes: (size: number) => Uint8Array): string {
  return PREFIX + Buffer.from(randomBytes(32)).toString('base64url');
}

export function tokenSha256(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** The token of an `Authorization: Bearer <token>` header, or why there is none. */
export function parseBearer(header: string | undefined): { ok: true; token: string } | { ok: false; reason: 'token_missing' | 'token_malformed' } {
  if (!header) return { ok: false, reason: 'token_missing' };
  const m = /^Bearer +([\x21-\x7e]+) *$/i.exec(header);
  return m ? { ok: true, token: m[1]! } : { ok: false, reason: 'token_malformed' };
}
