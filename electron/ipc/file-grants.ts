import { randomBytes } from 'node:crypto';
import path from 'node:path';
import type { FileGrant } from '../../shared/schemas/media';

/** Long enough to answer "this is a different file — use it anyway?", short enough not to linger. */
const GRANT_TTL_MS = 10 * 60 * 1000;
const MAX_GRANTS = 32;

/**
 * Files the user chose in the main process's open dialog or dropped on the
 * window, each behind an opaque random id. The page only ever holds the id; the
 * IPC relay turns it back into the path for media.attach / media.relink.
 */
export function createFileGrants(nowMs: () => number = () => Date.now()) {
  const grants = new Map<string, { path: string; expiresAt: number }>();
  return {
    grant(file: string): FileGrant {
      for (const [id, g] of grants) if (g.expiresAt <= nowMs()) grants.delete(id);
      while (grants.size >= MAX_GRANTS) grants.delete(grants.keys().next().value ?? '');
      const grantId = randomBytes(24).toString('base64url');
      grants.set(grantId, { path: file, expiresAt: nowMs() + GRANT_TTL_MS });
      return { grantId, fileName: path.basename(file) };
    },
    /** The granted path, or null for an unknown or expired grant. */
    resolve(grantId: string): string | null {
      const g = grants.get(grantId);
      if (!g) return null;
      if (g.expiresAt <= nowMs()) {
        grants.delete(grantId);
        return null;
      }
      return g.path;
    },
  };
}
export type FileGrants = ReturnType<typeof createFileGrants>;
