import { MAX_MEDIA_SECONDS } from '../../shared/schemas/media';
/** A note as the page shows it; `key` is stable from the key press on, before the backend has given it an id. */
export interface NoteView {
  key: string;
  atSeconds: number;
  elementId: string | null;
  text: string;
  /** Order of creation, to keep notes at the same second in the order they were dropped. */
  order: number;
}

/** Notes in time order; the same second keeps the order they were dropped in. */
export function sortNotes(notes: readonly NoteView[]): NoteView[] {
  return [...notes].sort((a, b) => a.atSeconds - b.atSeconds || a.order - b.order);
}

/** Milliseconds are plenty for a note, and a rounded time survives the trip to SQLite and back exactly. */
export const noteSeconds = (seconds: number) => Math.round(Math.max(0, Math.min(MAX_MEDIA_SECONDS, seconds)) * 1000) / 1000;
