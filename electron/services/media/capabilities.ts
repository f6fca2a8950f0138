import { randomBytes } from 'node:crypto';

/** What a playback URL stands for: one recording of one review, served from one file. */
export interface Served {
  scorecardId: string;
  interactionId: string;
  /** The recording as attached: a capability dies when the recording is detached, re-linked or replaced. */
  sha256: string;
  originalPath: string;
  /** The file actually sent: the original, or its decoded copy. */
  servePath: string;
  contentType: string;
}

interface Entry extends Served {
  lastUsedMs: number;
}

/** Unused for this long, a capability expires; playback keeps it alive, and media.playbackUrl issues a new one. */
const IDLE_MS = 6 * 60 * 60 * 1000;
const MAX_ENTRIES = 64;

/**
 * Playback URLs are capabilities: 256 random bits mapped, in memory only, to a
 * recording the user attached. `<audio src>` cannot carry the API token, so the
 * URL itself is the permission; it names no path, cannot be guessed, and stops
 * working when the recording is detached or re-linked or the backend restarts.
 */
export function createCapabilities(nowMs: () => number = () => Date.now()) {
  const entries = new Map<string, Entry>();

  const sameServed = (a: Served, b: Served) =>
    a.scorecardId === b.scorecardId && a.sha256 === b.sha256 && a.originalPath === b.originalPath && a.servePath === b.servePath;

  const expired = (e: Entry) => nowMs() - e.lastUsedMs > IDLE_MS;

  return {
    /** The live capability for this exact file if there is one (a stable URL while the page plays), else a new one. */
    issue(served: Served): string {
      for (const [id, entry] of entries) {
        if (!expired(entry) && sameServed(entry, served)) {
          entry.lastUsedMs = nowMs();
          return id;
        }
      }
      const id = randomBytes(32).toString('base64url');
      entries.set(id, { ...served, lastUsedMs: nowMs() });
      // Forget the least recently used beyond the limit: a long session opens many reviews.
      while (entries.size > MAX_ENTRIES) {
        const oldest = [...entries].sort((a, b) => a[1].lastUsedMs - b[1].lastUsedMs)[0];
        if (oldest) entries.delete(oldest[0]);
      }
      return id;
    },
    lookup(id: string): Served | null {
      const entry = entries.get(id);
      if (!entry) return null;
      if (expired(entry)) {
        entries.delete(id);
        return null;
      }
      entry.lastUsedMs = nowMs();
      return entry;
    },
    revokeInteraction(interactionId: string): void {
      for (const [id, entry] of entries) if (entry.interactionId === interactionId) entries.delete(id);
    },
    revoke(id: string): void {
      entries.delete(id);
    },
  };
}
export type Capabilities = ReturnType<typeof createCapabilities>;
