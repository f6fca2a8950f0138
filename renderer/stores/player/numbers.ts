/** A duration worth using, else null: an element reports NaN before its metadata and Infinity for a stream. */
export const finite = (n: number | null | undefined): number | null => (n !== null && n !== undefined && Number.isFinite(n) && n > 0 ? n : null);

export const clamp = (n: number, min: number, max: number) => Math.min(max, Math.max(min, n));
