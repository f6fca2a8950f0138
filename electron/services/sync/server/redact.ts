import { serverMessage } from './server-message';

/**
 * A server's words never carry our token back to the page or a log: every
 * form in which a server could echo it (as sent, or URL-encoded in a redirect
 * address) becomes "[token]".
 */
export function redactToken(text: string, token: string | null): string {
  if (!token) return text;
  let redacted = text;
  for (const form of new Set([token, encodeURIComponent(token)])) redacted = redacted.split(form).join('[token]');
  return redacted;
}

/**
 * A redirect's `Location` for a message: made readable as a body's message is
 * (control characters out, length capped) and with the token redacted, since
 * a server or a proxy may well put the credentials it was given into the
 * address it sends us to.
 */
export function locationForMessage(location: string | null, token: string | null): string | null {
  const readable = location === null ? null : serverMessage(location, 'text/plain');
  return readable === null ? null : redactToken(readable, token);
}
