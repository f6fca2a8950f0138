import type Database from 'better-sqlite3';
import type { PlaybackState } from '../../../shared/schemas/media';
import type { ClockState } from '../../../shared/media/clock';

const DEFAULT_PLAYBACK: PlaybackState = { positionSeconds: 0, speed: 1, updatedAt: null };

/** Per-scorecard player position and speed, and the live-review clock: small rows written often. */
export function createPlaybackStore(db: Database.Database) {
  const getPosition = db.prepare<[string], { position_seconds: number; speed: number; updated_at: string }>(
    'SELECT position_seconds, speed, updated_at FROM playback_positions WHERE scorecard_id = ?',
  );
  const savePosition = db.prepare(
    `INSERT INTO playback_positions (scorecard_id, position_seconds, speed, updated_at) VALUES (@scorecardId, @positionSeconds, @speed, @updatedAt)
     ON CONFLICT (scorecard_id) DO UPDATE SET position_seconds = excluded.position_seconds, speed = excluded.speed, updated_at = excluded.updated_at`,
  );
  const getClock = db.prepare<[string], { accumulated_ms: number; running_since: string | null }>(
    'SELECT accumulated_ms, running_since FROM live_clocks WHERE scorecard_id = ?',
  );
  const saveClock = db.prepare(
    `INSERT INTO live_clocks (scorecard_id, accumulated_ms, running_since, updated_at) VALUES (@scorecardId, @accumulatedMs, @runningSince, @updatedAt)
     ON CONFLICT (scorecard_id) DO UPDATE SET accumulated_ms = excluded.accumulated_ms, running_since = excluded.running_since, updated_at = excluded.updated_at`,
  );
  return {
    position: (scorecardId: string): PlaybackState => {
      const row = getPosition.get(scorecardId);
      return row ? { positionSeconds: row.position_seconds, speed: row.speed, updatedAt: row.updated_at } : DEFAULT_PLAYBACK;
    },
    savePosition: (scorecardId: string, state: PlaybackState & { updatedAt: string }) => void savePosition.run({ scorecardId, ...state }),
    clock: (scorecardId: string): ClockState | null => {
      const row = getClock.get(scorecardId);
      return row ? { accumulatedMs: row.accumulated_ms, runningSince: row.running_since } : null;
    },
    saveClock: (scorecardId: string, state: ClockState, updatedAt: string) =>
      void saveClock.run({ scorecardId, accumulatedMs: Math.round(state.accumulatedMs), runningSince: state.runningSince, updatedAt }),
  };
}
export type PlaybackStore = ReturnType<typeof createPlaybackStore>;
