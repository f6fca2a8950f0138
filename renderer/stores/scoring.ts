import { create } from 'zustand';
import type { ReviewDetail } from '../../shared/api/reviews';
import type { AnswerValue, MissingItem, ScoreResult } from '../../shared/schemas/scorecard';
import { api } from '../api/client';
import { errorMessage, missingFromError } from '../api/errors';
import { resolveAnswer, type AnswerIntent } from '../model/scoring/answer-keys';
import { flattenElements, type ElementRef } from '../model/scoring/elements';
import { finishScaleEntry, SCALE_ENTRY_TIMEOUT_MS, typeScaleDigit, type ScaleEntry, type ScaleStep } from '../model/scoring/scale-entry';
import { computeLocalScore } from '../model/scoring/local-score';
import { afterAnswerKey, sayWhyIndex } from '../model/scoring/say-why';
import type { SaveStatus } from './save-queue';
import { drain, existingQueue, listen, queueFor, type QueuedResult } from './scorecard-queues';

/** Comments are saved after this much quiet, well within a second of the last key. */
export const COMMENT_DEBOUNCE_MS = 400;

/** A request for the screen to move DOM focus; the store itself never touches the DOM. */
export interface FocusRequest {
  index: number;
  target: 'element' | 'comment';
  seq: number;
}

type CompletePhase = 'idle' | 'confirming' | 'completing';

interface ScoringState {
  scorecardId: string | null;
  detail: ReviewDetail | null;
  loadError: string | null;
  elements: ElementRef[];
  values: Record<string, AnswerValue | null>;
  comments: Record<string, string>;
  /** Comment boxes shown although empty (opened with C or the button). */
  openComments: Record<string, boolean>;
  score: ScoreResult | null;
  missing: MissingItem[];
  current: number;
  /** The element the last answer key answered, while C and T still go to it (model/scoring/say-why.ts). */
  justAnswered: number | null;
  /** Where leaving a comment opened on the element just answered goes back to. */
  returnTo: number | null;
  focusRequest: FocusRequest | null;
  /** Why the last key did nothing, or what a digit waits for, announced politely. */
  hint: string | null;
  /** The first digit of a scale value that may have a second ("1" of 10). */
  scaleEntry: ScaleEntry | null;
  /** The missing list is shown once a completion was attempted. */
  showMissing: boolean;
  completePhase: CompletePhase;
  completeError: string | null;
  saveStatus: SaveStatus;

  load(id: string): Promise<void>;
  close(): void;
  focus(index: number, target?: 'element' | 'comment'): void;
  setCurrent(index: number): void;
  /** Back to the checklist after a comment or a note, where the reviewer was, keeping the "just answered" mark. */
  resume(): void;
  /** Esc on the checklist: C and T go to the element in focus again. */
  dropMark(): void;
  answerKey(intent: AnswerIntent): void;
  /** Enter: answers the digits typed so far on a scale. */
  confirmScale(): void;
  setAnswer(elementId: string, value: AnswerValue | null): void;
  openComment(elementId: string): void;
  /** C: the comment of the element just answered, else of the one in focus. */
  sayWhyComment(): void;
  setComment(elementId: string, text: string): void;
  flushComments(): void;
  requestComplete(): void;
  cancelComplete(): void;
  confirmComplete(): Promise<void>;
  /** Opens a completed scorecard as the draft of its next revision; throws with the reason it was refused. */
  revise(reason: string): Promise<void>;
  /** Throws the draft away: a first draft is deleted, a later one goes back to the last completed revision. */
  discardDraft(): Promise<'deleted' | 'restored'>;
}

const initialSaveStatus: SaveStatus = { state: 'saved', pending: 0, lastSavedAt: null, error: null };

const emptyView = {
  scorecardId: null,
  detail: null,
  loadError: null,
  elements: [],
  values: {},
  comments: {},
  openComments: {},
  score: null,
  missing: [],
  current: 0,
  justAnswered: null,
  returnTo: null,
  focusRequest: null,
  hint: null,
  scaleEntry: null,
  showMissing: false,
  completePhase: 'idle' as CompletePhase,
  completeError: null,
  saveStatus: initialSaveStatus,
};

export const isReadOnly = (detail: ReviewDetail | null) => detail?.scorecard.status !== 'draft';

function fromDetail(detail: ReviewDetail) {
  const values: Record<string, AnswerValue | null> = {};
  const comments: Record<string, string> = {};
  for (const answer of detail.answers) {
    values[answer.elementId] = answer.value;
    comments[answer.elementId] = answer.comment;
  }
  return { detail, values, comments, score: detail.score, missing: detail.missing, elements: flattenElements(detail.template.content) };
}

export const useScoring = create<ScoringState>((set, get) => {
  let focusSeq = 0;
  let stopListening: (() => void) | null = null;

  const requestFocus = (index: number, target: 'element' | 'comment') => {
    focusSeq += 1;
    set({ current: index, focusRequest: { index, target, seq: focusSeq } });
  };

  /** Recomputes the panel from local state at once; the backend's answer reconciles it later. */
  const rescore = () => {
    const { detail, values, comments } = get();
    if (!detail) return;
    const local = computeLocalScore(detail.template.content, values, comments);
    if (local) set({ score: local.score, missing: local.missing });
  };

  let entryTimer: ReturnType<typeof setTimeout> | null = null;
  const dropEntry = () => {
    if (entryTimer !== null) clearTimeout(entryTimer);
    entryTimer = null;
    if (get().scaleEntry) set({ scaleEntry: null });
  };

  /** Carries out a scale key's step on the element at `index`; an answer moves on only when `advance`. */
  const applyScaleStep = (index: number, step: ScaleStep, advance: boolean) => {
    const ref = get().elements[index];
    if (!ref) return;
    if (step.kind === 'refuse') set({ hint: `${ref.number}: ${step.reason}` });
    else if (step.kind === 'wait') {
      set({ scaleEntry: step.entry, hint: `${ref.number}: ${step.hint}` });
      // Unanswered after the pause, the digit stands alone; focus moves on only if the reviewer is still there.
      entryTimer = setTimeout(() => settleEntry(() => get().current === index), SCALE_ENTRY_TIMEOUT_MS);
    } else {
      get().setAnswer(ref.element.id, step.value);
      if (advance) requestFocus(Math.min(index + 1, get().elements.length - 1), 'element');
    }
  };

  /** Answers a waiting scale entry with the digits typed so far. */
  const settleEntry = (advance: () => boolean) => {
    const entry = get().scaleEntry;
    dropEntry();
    if (!entry || !editable()) return;
    const index = get().elements.findIndex((ref) => ref.element.id === entry.elementId);
    const ref = get().elements[index];
    if (ref) applyScaleStep(index, finishScaleEntry(ref.element, entry), advance());
  };

  const editable = () => {
    const { detail, scorecardId, completePhase } = get();
    return detail && scorecardId && !isReadOnly(detail) && completePhase === 'idle' ? scorecardId : null;
  };

  const onSaved = (result: QueuedResult, idle: boolean) => {
    // A note changes no score: the last answer's result (or the local one) stands.
    if (idle && 'score' in result) set({ score: result.score, missing: result.missing });
  };

  return {
    ...emptyView,

    async load(id) {
      dropEntry();
      stopListening?.();
      set({ ...emptyView, scorecardId: id });
      stopListening = listen(id, {
        onStatus: (saveStatus) => set({ saveStatus }),
        onSaved,
      });
      const queue = existingQueue(id);
      if (queue) {
        // Changes from an earlier visit may still be on their way: read back only what the backend has.
        set({ saveStatus: queue.status() });
        await queue.settle();
      }
      try {
        const detail = await api['reviews.get']({ id });
        if (get().scorecardId !== id) return;
        const view = fromDetail(detail);
        const firstOpen = view.elements.findIndex((ref) => (view.values[ref.element.id] ?? null) === null);
        set({ ...view, saveStatus: { ...get().saveStatus, lastSavedAt: get().saveStatus.lastSavedAt ?? detail.scorecard.updatedAt } });
        requestFocus(firstOpen >= 0 && !isReadOnly(detail) ? firstOpen : 0, 'element');
      } catch (error) {
        if (get().scorecardId === id) set({ loadError: errorMessage(error) });
      }
    },

    close() {
      dropEntry();
      get().flushComments();
      stopListening?.();
      stopListening = null;
      set(emptyView);
    },

    focus(index, target = 'element') {
      const { elements } = get();
      if (elements.length === 0) return;
      set({ justAnswered: null, returnTo: null });
      requestFocus(Math.max(0, Math.min(elements.length - 1, index)), target);
    },

    setCurrent(index) {
      // Focus moved by Tab or a click: the reviewer has moved on from the element just answered.
      if (get().current !== index) set({ current: index, justAnswered: null, returnTo: null });
    },

    resume() {
      const { returnTo, current } = get();
      set({ returnTo: null });
      requestFocus(returnTo ?? current, 'element');
    },

    dropMark() {
      set({ justAnswered: null, returnTo: null });
    },

    answerKey(intent) {
      const { elements, current } = get();
      const ref = elements[current];
      if (!ref) return;
      if (!editable()) {
        if (isReadOnly(get().detail)) set({ hint: 'This review is completed and locked: its answers cannot be changed.' });
        return;
      }
      const entry = get().scaleEntry;
      // A digit waiting on another element is answered first; any other key on the same one replaces it.
      if (entry && entry.elementId !== ref.element.id) settleEntry(() => false);
      else if (entry && typeof intent !== 'object') dropEntry();
      if (typeof intent === 'object') {
        const waiting = get().scaleEntry;
        dropEntry();
        applyScaleStep(current, typeScaleDigit(ref.element, waiting, intent.scale), true);
        return;
      }
      const resolution = resolveAnswer(ref.element, intent);
      if (!resolution.ok) {
        set({ hint: `${ref.number}: ${resolution.reason}` });
        return;
      }
      get().setAnswer(ref.element.id, resolution.value);
      // The fast path: one key per element, focus walks down the card; C and T still reach this one.
      const { justAnswered, next } = afterAnswerKey(current, elements.length);
      set({ justAnswered });
      requestFocus(next, 'element');
    },

    confirmScale() {
      settleEntry(() => true);
    },

    setAnswer(elementId, value) {
      const scorecardId = editable();
      if (!scorecardId) return;
      if (get().scaleEntry?.elementId === elementId) dropEntry();
      set({ values: { ...get().values, [elementId]: value }, hint: null, justAnswered: null });
      rescore();
      queueFor(scorecardId).enqueue({
        key: `answer:${elementId}`,
        send: () => api['reviews.setAnswer']({ scorecardId, elementId, value }),
      });
    },

    openComment(elementId) {
      if (!editable()) return;
      const index = get().elements.findIndex((ref) => ref.element.id === elementId);
      set({ openComments: { ...get().openComments, [elementId]: true } });
      if (index >= 0) requestFocus(index, 'comment');
    },

    sayWhyComment() {
      const { elements, justAnswered, current } = get();
      const ref = elements[sayWhyIndex({ justAnswered, current })];
      if (!ref) return;
      if (justAnswered !== null) set({ returnTo: current });
      get().openComment(ref.element.id);
    },

    setComment(elementId, text) {
      const scorecardId = editable();
      if (!scorecardId) return;
      set({ comments: { ...get().comments, [elementId]: text } });
      rescore();
      queueFor(scorecardId).enqueue(
        { key: `comment:${elementId}`, send: () => api['reviews.setComment']({ scorecardId, elementId, text }) },
        COMMENT_DEBOUNCE_MS,
      );
    },

    flushComments() {
      const { scorecardId } = get();
      if (scorecardId) existingQueue(scorecardId)?.flush();
    },

    requestComplete() {
      if (!editable()) return;
      get().flushComments();
      rescore();
      if (get().missing.length > 0) {
        set({ showMissing: true, completeError: null });
        return;
      }
      set({ completePhase: 'confirming', completeError: null });
    },

    cancelComplete() {
      if (get().completePhase === 'confirming') set({ completePhase: 'idle' });
    },

    async confirmComplete() {
      const { scorecardId, completePhase } = get();
      if (!scorecardId || completePhase !== 'confirming') return;
      set({ completePhase: 'completing' });
      const unsaved = await drain(scorecardId);
      if (unsaved) {
        set({ completePhase: 'idle', completeError: `Not completed: your last changes are not saved yet (${unsaved}). They are being retried.` });
        return;
      }
      try {
        const detail = await api['reviews.complete']({ scorecardId });
        if (get().scorecardId !== scorecardId) return;
        set({ ...fromDetail(detail), completePhase: 'idle', showMissing: false, openComments: {} });
      } catch (error) {
        const missing = missingFromError(error);
        if (missing) set({ completePhase: 'idle', missing, showMissing: true });
        else set({ completePhase: 'idle', completeError: `Not completed: ${errorMessage(error)}` });
      }
    },

    async revise(reason) {
      const { scorecardId, detail } = get();
      if (!scorecardId || !detail || !isReadOnly(detail)) throw new Error('Only a completed review can be revised.');
      const revised = await api['reviews.revise']({ scorecardId, reason });
      if (get().scorecardId !== scorecardId) return;
      set({ ...fromDetail(revised), showMissing: false, openComments: {}, hint: null });
      requestFocus(0, 'element');
    },

    async discardDraft() {
      const scorecardId = editable();
      const revision = get().detail?.scorecard.revision;
      if (!scorecardId || revision === undefined) throw new Error('Only a draft can be discarded.');
      // Changes still on their way go first: one arriving after the discard would be refused and retried for ever.
      const unsaved = await drain(scorecardId);
      if (unsaved) throw new Error(`Not discarded: your last changes have not reached the database yet (${unsaved}).`);
      await api['reviews.discardDraft']({ scorecardId });
      if (revision === 1) return 'deleted';
      await get().load(scorecardId);
      if (get().scorecardId === scorecardId) set({ hint: `Draft discarded: this is revision ${revision - 1} as it was completed.` });
      return 'restored';
    },
  };
});
