import { ApiError } from '../../../shared/api';
import type { MediaProblemDetails } from '../../../shared/schemas/media';

/** An ApiError whose details say what is wrong with a file, so the page can offer the right action. */
export function fileProblem(code: 'invalid_input' | 'not_found' | 'conflict', message: string, details: MediaProblemDetails): ApiError {
  return new ApiError(code, message, details);
}

/** Node's error code, if any: ENOENT, EACCES, EISDIR... */
export const errnoOf = (error: unknown): string | undefined => (error as { code?: unknown }).code as string | undefined;
