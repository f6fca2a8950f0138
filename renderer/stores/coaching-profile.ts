import { create } from 'zustand';
import type { CoachingProfile, EvidenceMoment, RecordingReach } from '../../shared/api/coaching';
import type { Period } from '../../shared/coaching/session';
import { api } from '../api/client';
import { errorMessage } from '../api/errors';

/** The moment being played: which recording, from where. */
export interface Playing {
  momentId: string;
  scorecardId: string;
  atSeconds: number;
  /** Bumped each time Play is pressed, so pressing it again on the same moment seeks back. */
  seq: number;
}

interface ProfileState {
  agentId: string | null;
  profile: CoachingProfile | null;
  loading: boolean;
  error: string | null;
  /** Whether each scorecard's recording plays here, once checked. */
  reach: Record<string, RecordingReach>;
  playing: Playing | null;
  /** Why a moment did not play (its recording moved since, say), by moment id. */
  playProblems: Record<string, string>;
  /** The agent's profile for a period (default: since their last session). */
  load(agentId: string, period?: Period): Promise<void>;
  play(moment: EvidenceMoment): Promise<void>;
  stop(): void;
}

let request = 0;
let playSeq = 0;

/**
 * One agent's profile, and playing its evidence moments: a moment plays in
 * one click where its recording is on this computer; where it is not (moved
 * since the note was taken, or scored on a colleague's computer) the moment
 * says so and keeps its time and text.
 */
export const useCoachingProfile = create<ProfileState>((set, get) => ({
  agentId: null,
  profile: null,
  loading: false,
  error: null,
  reach: {},
  playing: null,
  playProblems: {},

  async load(agentId, period) {
    const mine = ++request;
    const sameAgent = get().agentId === agentId;
    set({ agentId, loading: true, error: null, ...(sameAgent ? {} : { profile: null, reach: {}, playing: null, playProblems: {} }) });
    try {
      const profile = await api['coaching.profile']({ agentId, ...(period ? { period } : {}) });
      if (mine !== request) return;
      set({ profile, loading: false });
      // Only this install's scorecards with a recording need a look at the disk; the rest are known from the profile.
      const ids = [...new Set(profile.evidence.moments.filter((m) => m.recording === 'attached').map((m) => m.scorecardId))].slice(0, 100);
      if (ids.length === 0) return;
      const reach = await api['coaching.recordings']({ scorecardIds: ids });
      if (mine === request) set({ reach: Object.fromEntries(reach.map((r) => [r.scorecardId, r])) });
    } catch (error) {
      if (mine === request) set({ loading: false, error: errorMessage(error) });
    }
  },

  async play(moment) {
    if (moment.atSeconds === null) return;
    const { [moment.id]: _, ...others } = get().playProblems;
    set({ playProblems: others });
    try {
      const media = await api['media.get']({ scorecardId: moment.scorecardId });
      if (media.status !== 'ok' || !media.source) {
        const message = media.message ?? 'This scorecard has no recording to play.';
        set({
          playProblems: { ...get().playProblems, [moment.id]: message },
          reach: { ...get().reach, [moment.scorecardId]: { scorecardId: moment.scorecardId, status: media.status === 'ok' ? 'none' : media.status === 'unsupported' ? 'changed' : media.status, message } },
        });
        return;
      }
      set({ playing: { momentId: moment.id, scorecardId: moment.scorecardId, atSeconds: moment.atSeconds, seq: ++playSeq } });
    } catch (error) {
      set({ playProblems: { ...get().playProblems, [moment.id]: errorMessage(error) } });
    }
  },

  stop() {
    set({ playing: null });
  },
}));
