import { BearerToken } from '../../../shared/api/server-sync';
import { ServerUrl } from '../../../shared/schemas/server-target';

/** The schema's own words, as a sentence: "The URL must be an https:// URL (plain http:// only to localhost)." */
const sentence = (subject: string, message: string | undefined) => `${subject} ${message ?? 'is not valid'}.`;

/** Null when the URL is one the backend accepts, else why not — from the same schema the backend checks with. */
export function urlProblem(url: string): string | null {
  if (!url.trim()) return 'Type the server’s address, such as https://quality.example.org/callmark/scorecards.';
  const parsed = ServerUrl.safeParse(url);
  return parsed.success ? null : sentence('The URL', parsed.error.issues[0]?.message);
}

export function tokenProblem(token: string): string | null {
  const parsed = BearerToken.safeParse(token);
  if (parsed.success) return null;
  const message = parsed.error.issues[0]?.message ?? 'is not valid';
  return `${message.charAt(0).toUpperCase()}${message.slice(1)}.`;
}

/** Seconds as typed → milliseconds for the target, or null if out of the backend's range (1–120 s). */
export function timeoutMs(seconds: string): number | null {
  const value = Number(seconds);
  return Number.isInteger(value) && value >= 1 && value <= 120 ? value * 1000 : null;
}
