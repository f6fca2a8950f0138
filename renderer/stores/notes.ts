import { create } from 'zustand';
import { ApiError } from '../../shared/api/errors';
import type { TimestampedNote } from '../../shared/schemas/media';
import { api } from '../api/client';
import { errorMessage } from '../api/errors';
import { COMMENT_DEBOUNCE_MS } from './scoring';
import { noteSeconds, sortNotes, type NoteView } from '../player/note-model';
import { queueFor, type QueuedResult } from './scorecard-queues';

export type { NoteView };

interface NotesState {
  scorecardId: string | null;
  notes: NoteView[];
  loadError: string | null;
  /** The note whose text box should take the caret (just dropped). */
  focusRequest: { key: string; seq: number } | null;

  load(scorecardId: string): Promise<void>;
  close(): void;
  /** Drops a note at once and queues its save; returns its key. */
  add(atSeconds: number, elementId: string | null): string | null;
  setText(key: string, text: string): void;
  remove(key: string): void;
  /** Sends a text still waiting in its debounce (Enter, Esc, leaving the box). */
  flush(): void;
}

const saved = (note: { updatedAt: string }): QueuedResult => ({ kind: 'note', savedAt: note.updatedAt });
const isNotFound = (error: unknown) => error instanceof ApiError && error.code === 'not_found';

export const useNotes = create<NotesState>((set, get) => {
  /** Page key → backend id, filled in when an add is confirmed. */
  let ids = new Map<string, string>();
  let order = 0;
  let localSeq = 0;
  let focusSeq = 0;

  const fromBackend = (note: TimestampedNote): NoteView => {
    ids.set(note.id, note.id);
    order += 1;
    return { key: note.id, atSeconds: note.atSeconds, elementId: note.elementId, text: note.text, order };
  };

  const idOf = (key: string): string => {
    const id = ids.get(key);
    // The queue sends in order, so the add is confirmed first; if not, fail and let the queue retry.
    if (!id) throw new Error('The note is not saved yet.');
    return id;
  };

  const textOf = (key: string) => get().notes.find((n) => n.key === key)?.text ?? '';

  return {
    scorecardId: null,
    notes: [],
    loadError: null,
    focusRequest: null,

    async load(scorecardId) {
      ids = new Map();
      set({ scorecardId, notes: [], loadError: null, focusRequest: null });
      try {
        const notes = await api['media.notes.list']({ scorecardId });
        if (get().scorecardId === scorecardId) set({ notes: sortNotes(notes.map(fromBackend)) });
      } catch (error) {
        if (get().scorecardId === scorecardId) set({ loadError: errorMessage(error) });
      }
    },

    close() {
      get().flush();
      set({ scorecardId: null, notes: [], loadError: null, focusRequest: null });
    },

    add(atSeconds, elementId) {
      const { scorecardId } = get();
      if (!scorecardId) return null;
      localSeq += 1;
      focusSeq += 1;
      order += 1;
      const key = `local-${localSeq}`;
      const at = noteSeconds(atSeconds);
      set({
        notes: sortNotes([...get().notes, { key, atSeconds: at, elementId, text: '', order }]),
        focusRequest: { key, seq: focusSeq },
      });
      let tried = false;
      queueFor(scorecardId).enqueue({
        key: `note-add:${key}`,
        send: async () => {
          if (tried) {
            // The last try may have reached the database before its answer was lost (a crash, a cut
            // connection): adopt that note instead of adding it twice.
            const known = new Set(ids.values());
            const existing = (await api['media.notes.list']({ scorecardId })).find(
              (n) => !known.has(n.id) && n.atSeconds === at && n.elementId === elementId,
            );
            if (existing) {
              ids.set(key, existing.id);
              return saved(existing);
            }
          }
          tried = true;
          const note = await api['media.notes.add']({ scorecardId, atSeconds: at, elementId, text: textOf(key) });
          ids.set(key, note.id);
          return saved(note);
        },
      });
      return key;
    },

    setText(key, text) {
      const { scorecardId } = get();
      if (!scorecardId) return;
      set({ notes: get().notes.map((n) => (n.key === key ? { ...n, text } : n)) });
      queueFor(scorecardId).enqueue(
        {
          // One key for text and delete: a delete replaces a text still waiting, so nothing updates a deleted note.
          key: `note:${key}`,
          send: async () => {
            try {
              return saved(await api['media.notes.update']({ id: idOf(key), text }));
            } catch (error) {
              // Deleted meanwhile (another window): nothing left to save.
              if (isNotFound(error)) return { kind: 'note', savedAt: new Date().toISOString() };
              throw error;
            }
          },
        },
        COMMENT_DEBOUNCE_MS,
      );
    },

    remove(key) {
      const { scorecardId } = get();
      if (!scorecardId) return;
      set({ notes: get().notes.filter((n) => n.key !== key) });
      queueFor(scorecardId).enqueue({
        key: `note:${key}`,
        send: async () => {
          try {
            await api['media.notes.delete']({ id: idOf(key) });
          } catch (error) {
            // Already gone (a retry after a lost answer): the delete is done.
            if (!isNotFound(error)) throw error;
          }
          return { kind: 'note', savedAt: new Date().toISOString() };
        },
      });
    },

    flush() {
      const { scorecardId } = get();
      if (scorecardId) queueFor(scorecardId).flush();
    },
  };
});
