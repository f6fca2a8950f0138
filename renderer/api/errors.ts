import { ApiError } from '../../shared/api/errors';
import { MissingItem } from '../../shared/schemas/scorecard';
import { z } from 'zod';

/** One readable sentence for any failure, for status lines and alerts. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}

/** The missing items the backend attaches to an `incomplete` refusal, or null if it is some other failure. */
export function missingFromError(error: unknown): MissingItem[] | null {
  if (!(error instanceof ApiError) || error.code !== 'incomplete') return null;
  const parsed = z.array(MissingItem).safeParse(error.details);
  return parsed.success ? parsed.data : [];
}
