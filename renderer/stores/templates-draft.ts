import { create } from 'zustand';
import type { TemplateDetail } from '../../shared/api/templates';
import type { TemplateDefinition } from '../../shared/templates/definition';
import type { FieldError } from '../../shared/templates/field-errors';
import { validateTemplate } from '../../shared/templates/validate';
import { api } from '../api/client';
import { errorMessage } from '../api/errors';
import { builderTemplateFrom, draftContent, type BuilderTemplate } from '../model/templates/draft-model';
import { indexOf, outlineOf, type OutlineItem } from '../model/templates/outline';
import type { SaveStatus } from './save-queue';
import { templateSaves } from './templates-saves';

/** A draft is saved after this much quiet, well within a second of the last key (as comments are). */
export const DRAFT_DEBOUNCE_MS = 400;

/** Where the screen should move DOM focus: the outline row of `current`, or a field by its validation path. */
export interface BuilderFocus {
  target: 'outline' | 'field';
  /** For 'field': the path as validation names it (`sections[0].elements[2].points`). */
  field: string | null;
  seq: number;
}

interface DraftState {
  templateId: string | null;
  detail: TemplateDetail | null;
  loadError: string | null;
  /** The draft on screen; null when the template has none (it shows its versions only). */
  template: BuilderTemplate | null;
  /** Keys of the version the draft was started from: they never change. */
  frozen: ReadonlySet<string>;
  /** Every problem that stops publishing, decided on the page as the draft changes (the backend decides again). */
  errors: FieldError[];
  /** The draft as the engine reads it, once it has no problem: what the preview scores. */
  valid: TemplateDefinition | null;
  outline: OutlineItem[];
  current: number;
  focus: BuilderFocus | null;
  saveStatus: SaveStatus;
  /** What the last action did, announced politely. */
  notice: string | null;

  load(templateId: string): Promise<void>;
  close(): void;
  /** Applies an edit; `select` is the outline item to show afterwards (default: the current one). */
  edit(change: (template: BuilderTemplate) => BuilderTemplate, select?: Pick<OutlineItem, 'kind' | 'section'> & { element?: number }): void;
  select(index: number, focus?: 'outline' | 'field'): void;
  /** The row that has focus already (clicked or tabbed to): no focus request. */
  setCurrent(index: number): void;
  /** Shows the item a field belongs to and focuses that field. */
  focusField(path: readonly (string | number)[], field: string): void;
  startDraft(): Promise<void>;
  discardDraft(): Promise<'draft' | 'template'>;
  duplicate(versionId: string, name: string): Promise<string>;
  setArchived(archived: boolean): Promise<void>;
  /** Sends every change now; null once the backend has them all, else why not. */
  flush(): Promise<string | null>;
  setNotice(notice: string | null): void;
  /** The draft's problems as of now: a check still waiting after the last key runs at once. */
  errorsNow(): FieldError[];
}

const savedNow: SaveStatus = { state: 'saved', pending: 0, lastSavedAt: null, error: null };

const emptyView = {
  templateId: null,
  detail: null,
  loadError: null,
  template: null,
  frozen: new Set<string>(),
  errors: [],
  valid: null,
  outline: [],
  current: 0,
  focus: null,
  saveStatus: savedNow,
  notice: null,
};

const checkedOf = (template: BuilderTemplate): { errors: FieldError[]; valid: TemplateDefinition | null } => {
  const checked = validateTemplate(draftContent(template));
  return checked.ok ? { errors: [], valid: checked.template } : { errors: checked.errors, valid: null };
};

/** The same problems as before keep the same array, so nothing that shows them re-renders. */
const sameErrors = (a: readonly FieldError[], b: readonly FieldError[]) =>
  a.length === b.length && a.every((e, i) => e.field === b[i]!.field && e.message === b[i]!.message);

/**
 * How long after a key the draft is checked: the key's own work stays a few
 * milliseconds (one frame), and the check of a 600-element template runs as
 * its own task, once per burst of typing.
 */
const CHECK_AFTER_MS = 30;

export const useTemplateDraft = create<DraftState>((set, get) => {
  let focusSeq = 0;
  let stopListening: (() => void) | null = null;
  let checkTimer: ReturnType<typeof setTimeout> | null = null;

  const check = () => {
    checkTimer = null;
    const { template, errors } = get();
    if (!template) return;
    const checked = checkedOf(template);
    set({ valid: checked.valid, errors: sameErrors(errors, checked.errors) ? errors : checked.errors });
  };
  const checkSoon = () => {
    if (checkTimer === null) checkTimer = setTimeout(check, CHECK_AFTER_MS);
  };
  const requestFocus = (target: BuilderFocus['target'], field: string | null = null) => ({ focus: { target, field, seq: ++focusSeq } });

  const show = (detail: TemplateDetail, frozen: ReadonlySet<string>) => {
    const template = detail.draft ? builderTemplateFrom(detail.draft.content) : null;
    const outline = template ? outlineOf(template) : [];
    set({ detail, template, frozen, outline, ...(template ? checkedOf(template) : { errors: [], valid: null }), current: Math.min(get().current, Math.max(0, outline.length - 1)) });
  };

  /** The keys the version a draft continues published (its sections', elements' and bands'), read once per draft. */
  const loadFrozen = async (detail: TemplateDetail): Promise<ReadonlySet<string>> => {
    const baseId = detail.draft?.baseVersionId;
    if (!baseId) return new Set();
    const base = await api['templates.getVersion']({ id: baseId });
    const c = base.content;
    return new Set([...c.sections.map((s) => s.id), ...c.sections.flatMap((s) => s.elements.map((e) => e.id)), ...c.bands.map((b) => b.id)]);
  };

  const reload = async (templateId: string) => {
    const detail = await api['templates.get']({ templateId });
    const frozen = await loadFrozen(detail);
    if (get().templateId === templateId) show(detail, frozen);
  };

  return {
    ...emptyView,

    async load(templateId) {
      stopListening?.();
      set({ ...emptyView, templateId });
      stopListening = templateSaves.listen(templateId, {
        onStatus: (saveStatus) => set({ saveStatus }),
        // The backend applies the same shared rule to the same draft: its problems are the page's, already shown.
        onSaved: () => {},
      });
      // Changes from an earlier visit may still be on their way: read back only what the backend has.
      const waiting = templateSaves.existing(templateId);
      if (waiting) {
        set({ saveStatus: waiting.status() });
        await waiting.settle();
      }
      try {
        await reload(templateId);
        set(requestFocus('outline'));
      } catch (error) {
        if (get().templateId === templateId) set({ loadError: errorMessage(error) });
      }
    },

    close() {
      if (checkTimer !== null) clearTimeout(checkTimer);
      checkTimer = null;
      const { templateId } = get();
      if (templateId) templateSaves.existing(templateId)?.flush();
      stopListening?.();
      stopListening = null;
      set(emptyView);
    },

    edit(change, select) {
      const { template, templateId, current, outline } = get();
      if (!template || !templateId) return;
      const next = change(template);
      if (next === template) return;
      const nextOutline = outlineOf(next, outline);
      const keep = select ?? outline[current];
      set({ template: next, outline: nextOutline, current: keep ? indexOf(nextOutline, keep) : 0, notice: null });
      checkSoon();
      // Made when it is sent: a burst of typing serialises the draft once, not at every key.
      const send = async () => ({ kind: 'draft' as const, ...(await api['templates.saveDraft']({ templateId, content: draftContent(next) as never })) });
      templateSaves.queueFor(templateId).enqueue({ key: 'draft', send }, DRAFT_DEBOUNCE_MS);
    },

    select(index, focus = 'outline') {
      const { outline } = get();
      if (outline.length === 0) return;
      const current = Math.max(0, Math.min(outline.length - 1, index));
      set({ current, ...requestFocus(focus) });
    },

    setCurrent(index) {
      if (get().current !== index) set({ current: index });
    },

    focusField(path, field) {
      const { outline } = get();
      const [root, s, sub, e] = path;
      if (root === 'sections' && typeof s === 'number') {
        const item = sub === 'elements' && typeof e === 'number' ? { kind: 'element' as const, section: s, element: e } : { kind: 'section' as const, section: s };
        set({ current: indexOf(outline, item) });
      }
      set(requestFocus('field', field));
    },

    async startDraft() {
      const { templateId } = get();
      if (!templateId) return;
      const detail = await api['templates.startDraft']({ templateId });
      show(detail, await loadFrozen(detail));
      set({ current: 0, ...requestFocus('outline'), notice: `Draft of version ${(detail.status.latest?.version ?? 0) + 1} started: the published versions stay as they are.` });
    },

    async discardDraft() {
      const { templateId } = get();
      if (!templateId) throw new Error('No template is open.');
      const unsaved = await templateSaves.drain(templateId);
      if (unsaved) throw new Error(`Not discarded: your last changes have not reached the database yet (${unsaved}).`);
      const { removed } = await api['templates.discardDraft']({ templateId });
      if (removed === 'draft') await reload(templateId);
      return removed;
    },

    duplicate: async (versionId, name) => (await api['templates.duplicate']({ versionId, name })).templateId,

    async setArchived(archived) {
      const { templateId, detail } = get();
      if (!templateId || !detail) return;
      const status = await api['templates.setArchived']({ templateId, archived });
      set({ detail: { ...detail, status }, notice: archived ? 'Archived: no new review can start with it. Its scorecards still open and report.' : 'Restored: new reviews can use it again.' });
    },

    async flush() {
      const { templateId } = get();
      return templateId ? templateSaves.drain(templateId) : null;
    },

    setNotice: (notice) => set({ notice }),

    errorsNow() {
      if (checkTimer !== null) {
        clearTimeout(checkTimer);
        check();
      }
      return get().errors;
    },
  };
});

/** Reloads the open template after something else changed it (publishing). */
export async function reloadTemplate(templateId: string): Promise<void> {
  const store = useTemplateDraft.getState();
  if (store.templateId === templateId) await store.load(templateId);
}
