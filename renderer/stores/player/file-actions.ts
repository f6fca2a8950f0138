import { ApiError } from '../../../shared/api/errors';
import { MediaProblemDetails, type MediaState } from '../../../shared/schemas/media';
import { api } from '../../api/client';
import { errorMessage } from '../../api/errors';
import { grantDroppedFile } from '../../api/files';
import type { GetPlayer, PlayerState, SetPlayer } from './state';

type FileActions = Pick<PlayerState, 'attach' | 'relink' | 'chooseFile' | 'dropFile' | 'confirmChanged' | 'cancelChanged' | 'detach'>;

function problemOf(error: unknown): MediaProblemDetails | null {
  if (!(error instanceof ApiError)) return null;
  const parsed = MediaProblemDetails.safeParse(error.details);
  return parsed.success ? parsed.data : null;
}

const attachedText = (media: MediaState) =>
  media.recording ? `Recording attached: ${media.recording.fileName} (${media.recording.formatLabel}).` : 'Recording attached.';

/** Attaching, locating and detaching the review's recording; `apply` shows the media state each one returns. */
export function createFileActions(set: SetPlayer, get: GetPlayer, apply: (media: MediaState) => void, announce: (text: string) => void): FileActions {
  /** Runs a file action (attach, locate, detach) with one busy flag and its failure shown in the panel. */
  const fileAction = async (work: (scorecardId: string) => Promise<MediaState>, done: (media: MediaState) => string) => {
    const { scorecardId, busy } = get();
    if (!scorecardId || busy) return;
    set({ busy: true, error: null });
    try {
      const media = await work(scorecardId);
      if (get().scorecardId !== scorecardId) return;
      apply(media);
      announce(done(media));
    } catch (error) {
      if (get().scorecardId === scorecardId) set({ error: errorMessage(error) });
    } finally {
      if (get().scorecardId === scorecardId) set({ busy: false });
    }
  };

  return {
    attach: (choice) => fileAction((scorecardId) => api['media.attach']({ scorecardId, ...choice }), attachedText),

    async relink(choice, acceptChanged = false) {
      const { scorecardId, busy } = get();
      if (!scorecardId || busy) return;
      set({ busy: true, error: null, changedFile: null });
      try {
        const media = await api['media.relink']({ scorecardId, ...choice, acceptChanged });
        if (get().scorecardId !== scorecardId) return;
        apply(media);
        announce(media.recording ? `Recording found: ${media.recording.fileName}.` : 'Recording found.');
      } catch (error) {
        if (get().scorecardId !== scorecardId) return;
        // A different file at the new place: say so and let the reviewer decide, never swap recordings silently.
        if (problemOf(error)?.problem === 'changed' && !acceptChanged) set({ changedFile: { choice, message: errorMessage(error) } });
        else set({ error: errorMessage(error) });
      } finally {
        if (get().scorecardId === scorecardId) set({ busy: false });
      }
    },

    async chooseFile(intent) {
      set({ error: null });
      try {
        const { grant } = await api['media.chooseFile']({});
        if (!grant) return;
        if (intent === 'locate') await get().relink({ grantId: grant.grantId });
        else await get().attach({ grantId: grant.grantId });
      } catch (error) {
        set({ error: errorMessage(error) });
      }
    },

    async dropFile(file) {
      const { media } = get();
      if (!media || media.readOnly) {
        if (media?.readOnly) announce('This review is completed: its recording cannot be changed.');
        return;
      }
      try {
        const grant = await grantDroppedFile(file);
        if (!grant) {
          set({ error: 'The browser host cannot read a dropped file’s location: attach it with “Attach from path” instead.' });
          return;
        }
        const locate = media.status === 'missing' || media.status === 'changed';
        if (locate) await get().relink({ grantId: grant.grantId });
        // A stray drop must not swap the recording a review was scored against.
        else if (media.recording) set({ error: 'This review already has a recording: detach it first to attach another.' });
        else await get().attach({ grantId: grant.grantId });
      } catch (error) {
        set({ error: errorMessage(error) });
      }
    },

    async confirmChanged() {
      const changed = get().changedFile;
      if (changed) await get().relink(changed.choice, true);
    },

    cancelChanged() {
      set({ changedFile: null });
    },

    detach: () => fileAction((scorecardId) => api['media.detach']({ scorecardId }), () => 'Recording detached. The review keeps its answers and notes.'),
  };
}
