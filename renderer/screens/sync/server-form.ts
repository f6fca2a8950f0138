import { BearerToken } from '../../../shared/api/server-sync';
import { ServerUrl } from '../../../shared/schemas/server-target';
import type { ServerFieldValues } from './ServerFields';

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

/** The connection test's own limit (the API allows at most a minute), whatever the target's timeout is. */
export const testTimeoutMs = (seconds: string): number => Math.min(60_000, timeoutMs(seconds) ?? 10_000);

/**
 * What is wrong with each server field, for the add and edit dialogs alike.
 * An empty token is a problem only when one is required: editing keeps the saved one.
 */
export function serverFieldProblems(values: ServerFieldValues, tokenRequired: boolean): Partial<Record<keyof ServerFieldValues, string>> {
  const found: Partial<Record<keyof ServerFieldValues, string>> = {};
  const url = urlProblem(values.url);
  if (url) found.url = url;
  const token = tokenRequired || values.token ? tokenProblem(values.token) : null;
  if (token) found.token = token;
  if (timeoutMs(values.timeoutSeconds) === null) found.timeoutSeconds = 'A whole number of seconds from 1 to 120.';
  return found;
}
