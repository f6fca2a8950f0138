import { create } from 'zustand';
import { z } from 'zod';
import type { SessionDetail, SessionSaved } from '../../shared/api/coaching';
import { SessionProblemView } from '../../shared/api/coaching';
import { ApiError } from '../../shared/api/errors';
import type { ActionStatus, SessionAction } from '../../shared/coaching/action';
import type { SessionSnapshot } from '../../shared/coaching/document';
import type { Period, PlanChange, SessionPlan } from '../../shared/coaching/session';
import { api } from '../api/client';
import { errorMessage } from '../api/errors';
import { useCoachingCounts } from './coaching-counts';
import { createQueueRegistry } from './queue-registry';
import type { SaveStatus } from './save-queue';

/** Text is saved after this much quiet, as comments are. */
export const TEXT_DEBOUNCE_MS = 400;
const TEXT_FIELDS: readonly PlanChange['field'][] = ['talkingPoints', 'agentView'];

type Saved = SessionSaved | { savedAt: string };
type Problem = z.infer<typeof SessionProblemView>;
type ActionFields = Pick<SessionAction, 'what' | 'owner' | 'dueOn'>;

/** One ordered outbox per session, kept for the whole page session like a scorecard's (queue-registry.ts). */
const queues = createQueueRegistry<Saved>();

interface SessionState {
  sessionId: string | null;
  detail: SessionDetail | null;
  loadError: string | null;
  /** What the page shows: the coach's latest edits, ahead of the backend until saved. */
  heldOn: string;
  plan: SessionPlan | null;
  actions: SessionAction[];
  carried: SessionAction[];
  problems: Problem[];
  scorecards: number;
  saveStatus: SaveStatus;
  busy: boolean;
  actionError: string | null;
  history: SessionSnapshot[] | null;
  /** A new draft session with the agent over the period; its id. */
  start(agentId: string, period: Period): Promise<string>;
  load(id: string): Promise<void>;
  close(): void;
  change(change: PlanChange): void;
  addAction(): string | null;
  saveAction(actionId: string, fields: ActionFields): void;
  removeAction(actionId: string): void;
  setStatus(actionId: string, status: ActionStatus): void;
  /** Sends what waits, then completes; false (with the reason on screen) when it could not. */
  complete(): Promise<boolean>;
  revise(reason: string): Promise<void>;
  discard(): Promise<'deleted' | 'restored' | null>;
  loadHistory(): Promise<void>;
}

const idle: SaveStatus = { state: 'saved', pending: 0, lastSavedAt: null, error: null };
const empty = { sessionId: null, detail: null, loadError: null, heldOn: '', plan: null, actions: [], carried: [], problems: [], scorecards: 0, saveStatus: idle, busy: false, actionError: null, history: null };

/** The problems an `incomplete` refusal carries, or null for any other failure. */
function problemsFrom(error: unknown): Problem[] | null {
  if (!(error instanceof ApiError) || error.code !== 'incomplete') return null;
  const parsed = z.array(SessionProblemView).safeParse(error.details);
  return parsed.success ? parsed.data : [];
}

export function createCoachingSessionStore(newId: () => string) {
  return create<SessionState>((set, get) => {
    let stopListening: (() => void) | null = null;
    const editable = () => {
      const { sessionId, detail, busy } = get();
      return sessionId && detail && !detail.readOnly && !busy ? sessionId : null;
    };
    const fromDetail = (detail: SessionDetail) => ({
      detail,
      heldOn: detail.session.heldOn,
      plan: detail.plan,
      actions: detail.actions,
      carried: detail.carried,
      problems: detail.problems,
      scorecards: detail.scorecards,
    });
    const enqueue = (sessionId: string, key: string, send: () => Promise<Saved>, delayMs = 0) => queues.queueFor(sessionId).enqueue({ key, send }, delayMs);
    /** Reads back what the backend has once nothing waits: the actions carried over depend on statuses set elsewhere. */
    const reread = async (sessionId: string) => {
      const detail = await api['coaching.sessions.get']({ sessionId });
      if (get().sessionId === sessionId) set(fromDetail(detail));
    };

    return {
      ...empty,

      async start(agentId, period) {
        const started = await api['coaching.sessions.start']({ agentId, period });
        void useCoachingCounts.getState().refresh();
        return started.session.id;
      },

      async load(id) {
        stopListening?.();
        set({ ...empty, sessionId: id });
        stopListening = queues.listen(id, {
          onStatus: (saveStatus) => set({ saveStatus }),
          onSaved: (result, isIdle) => {
            if (isIdle && 'problems' in result) set({ problems: result.problems, scorecards: result.scorecards });
          },
        });
        const queue = queues.existing(id);
        if (queue) {
          set({ saveStatus: queue.status() });
          await queue.settle();
        }
        try {
          const detail = await api['coaching.sessions.get']({ sessionId: id });
          if (get().sessionId === id) set({ ...fromDetail(detail), saveStatus: { ...get().saveStatus, lastSavedAt: get().saveStatus.lastSavedAt ?? detail.session.updatedAt } });
        } catch (error) {
          if (get().sessionId === id) set({ loadError: errorMessage(error) });
        }
      },

      close() {
        const { sessionId } = get();
        if (sessionId) queues.existing(sessionId)?.flush();
        stopListening?.();
        stopListening = null;
        set(empty);
      },

      change(change) {
        const sessionId = editable();
        const plan = get().plan;
        if (!sessionId || !plan) return;
        if (change.field === 'heldOn') set({ heldOn: change.value });
        else set({ plan: { ...plan, [change.field]: change.value } });
        enqueue(sessionId, `plan:${change.field}`, () => api['coaching.sessions.set']({ sessionId, change }), TEXT_FIELDS.includes(change.field) ? TEXT_DEBOUNCE_MS : 0);
      },

      addAction() {
        const sessionId = editable();
        if (!sessionId) return null;
        const id = newId();
        set({ actions: [...get().actions, { id, sessionId, what: '', owner: '', dueOn: null, status: 'open', statusOn: null }] });
        enqueue(sessionId, `action:${id}`, () => api['coaching.actions.save']({ sessionId, actionId: id, what: '', owner: '', dueOn: null }));
        return id;
      },

      saveAction(actionId, fields) {
        const sessionId = editable();
        if (!sessionId) return;
        set({ actions: get().actions.map((a) => (a.id === actionId ? { ...a, ...fields } : a)) });
        enqueue(sessionId, `action:${actionId}`, () => api['coaching.actions.save']({ sessionId, actionId, ...fields }), TEXT_DEBOUNCE_MS);
      },

      removeAction(actionId) {
        const sessionId = editable();
        if (!sessionId) return;
        set({ actions: get().actions.filter((a) => a.id !== actionId) });
        // Sent after any save of the same action still waiting, which it replaces.
        enqueue(sessionId, `action:${actionId}`, () => api['coaching.actions.remove']({ sessionId, actionId }));
      },

      setStatus(actionId, status) {
        const { sessionId, detail } = get();
        if (!sessionId || !detail || detail.session.source !== 'mine') return;
        const mark = (list: SessionAction[]) => list.map((a) => (a.id === actionId ? { ...a, status } : a));
        set({ actions: mark(get().actions), carried: mark(get().carried), actionError: null });
        if (!detail.readOnly) {
          enqueue(sessionId, `status:${actionId}`, () => api['coaching.actions.setStatus']({ actionId, status }));
          return;
        }
        // A completed session's actions live on: the status is set at once, as from the Coaching home.
        void api['coaching.actions.setStatus']({ actionId, status })
          .then(() => reread(sessionId))
          .then(() => useCoachingCounts.getState().refresh())
          .catch((error: unknown) => set({ actionError: `The action was not changed: ${errorMessage(error)}` }));
      },

      async complete() {
        const sessionId = editable();
        if (!sessionId) return false;
        set({ busy: true, actionError: null });
        const unsaved = await queues.drain(sessionId);
        if (unsaved) {
          set({ busy: false, actionError: `Not completed: your last changes are not saved yet (${unsaved}). They are being retried.` });
          return false;
        }
        try {
          const detail = await api['coaching.sessions.complete']({ sessionId });
          if (get().sessionId === sessionId) set({ ...fromDetail(detail), busy: false, history: null });
          void useCoachingCounts.getState().refresh();
          return true;
        } catch (error) {
          const problems = problemsFrom(error);
          set({ busy: false, ...(problems ? { problems } : {}), actionError: `Not completed: ${errorMessage(error)}` });
          return false;
        }
      },

      async revise(reason) {
        const { sessionId } = get();
        if (!sessionId) return;
        const detail = await api['coaching.sessions.revise']({ sessionId, reason });
        if (get().sessionId === sessionId) set({ ...fromDetail(detail), history: null });
        void useCoachingCounts.getState().refresh();
      },

      async discard() {
        const sessionId = editable();
        if (!sessionId) return null;
        const unsaved = await queues.drain(sessionId);
        if (unsaved) {
          set({ actionError: `Not discarded: your last changes have not reached the database yet (${unsaved}).` });
          return null;
        }
        const { discarded } = await api['coaching.sessions.discardDraft']({ sessionId });
        if (discarded === 'restored') await reread(sessionId);
        void useCoachingCounts.getState().refresh();
        return discarded;
      },

      async loadHistory() {
        const { sessionId } = get();
        if (!sessionId) return;
        const history = await api['coaching.sessions.history']({ sessionId });
        if (get().sessionId === sessionId) set({ history });
      },
    };
  });
}

export const useCoachingSession = createCoachingSessionStore(() => crypto.randomUUID());
