import { create } from 'zustand';
import { ApiError } from '../../shared/api/errors';
import type { DraftMapView, TemplateVersionInfo, WhatIfView } from '../../shared/api/templates';
import type { FieldError } from '../../shared/templates/field-errors';
import { mapFromSources, type MapSources } from '../../shared/templates/map-sources';
import { api } from '../api/client';
import { errorMessage } from '../api/errors';
import { useTemplateDraft } from './templates-draft';
import { templateSaves } from './templates-saves';

type Phase = 'closed' | 'reviewing' | 'confirming' | 'publishing';

interface PublishState {
  templateId: string | null;
  phase: Phase;
  /** The version the draft continues and how its elements carry on; null before loading. */
  map: DraftMapView | null;
  /** What changed since that version, in words. */
  changes: string[] | null;
  /** Problems that stop publishing: the draft's, the map's, or the backend's refusal. */
  problems: FieldError[];
  error: string | null;
  whatIf: WhatIfView | null;
  whatIfBusy: boolean;
  whatIfError: string | null;
  published: TemplateVersionInfo | null;

  /** Saves what is waiting, then reads the map and the changes: the publish panel's first step. */
  review(templateId: string): Promise<void>;
  close(): void;
  /** The map editor's choices for each new element; refused choices stay on screen with their problems. */
  setSources(sources: MapSources): Promise<void>;
  /** Back to the map Callmark proposes. */
  resetMap(): Promise<void>;
  runWhatIf(limit: number): Promise<void>;
  requestPublish(): void;
  cancelPublish(): void;
  confirmPublish(): Promise<void>;
}

const fieldErrors = (error: unknown): FieldError[] =>
  error instanceof ApiError && error.code === 'invalid_input' && Array.isArray(error.details) ? (error.details as FieldError[]) : [];

const closed = { templateId: null, phase: 'closed' as Phase, map: null, changes: null, problems: [], error: null, whatIf: null, whatIfBusy: false, whatIfError: null, published: null };

export const useTemplatePublish = create<PublishState>((set, get) => {
  // What was reviewed is what is published: an edit to the draft meanwhile sends the reviewer back to editing.
  useTemplateDraft.subscribe((now, before) => {
    if (now.template !== before.template && before.template !== null && get().phase === 'reviewing') set(closed);
  });

  /** The draft's saves first, so every step reads the draft as it is on screen. */
  const saved = async (templateId: string) => {
    const unsaved = await templateSaves.drain(templateId);
    if (unsaved) throw new Error(`your last changes have not reached the database yet (${unsaved})`);
  };
  const still = (templateId: string) => get().templateId === templateId;

  const readChanges = async (templateId: string, map: DraftMapView) =>
    map.baseVersionId ? (await api['templates.diff']({ from: { versionId: map.baseVersionId }, to: { draftOf: templateId } })).changes.map((c) => c.text) : [];

  const saveMap = async (map: Parameters<(typeof api)['templates.saveMap']>[0]['map']) => {
    const { templateId } = get();
    if (!templateId) return;
    try {
      await saved(templateId);
      const view = await api['templates.saveMap']({ templateId, map });
      if (still(templateId)) set({ map: view, problems: view.errors, error: null });
    } catch (error) {
      if (still(templateId)) set({ problems: fieldErrors(error), error: `The map was not saved: ${errorMessage(error)}` });
    }
  };

  return {
    ...closed,

    async review(templateId) {
      set({ ...closed, templateId, phase: 'reviewing' });
      try {
        await saved(templateId);
        const map = await api['templates.draftMap']({ templateId });
        const draftErrors = useTemplateDraft.getState().errorsNow();
        const changes = draftErrors.length ? null : await readChanges(templateId, map);
        if (still(templateId)) set({ map, changes, problems: draftErrors.length ? draftErrors : map.errors });
      } catch (error) {
        if (still(templateId)) set({ error: errorMessage(error), problems: fieldErrors(error) });
      }
    },

    close: () => set(closed),

    async setSources(sources) {
      const { map } = get();
      if (map) await saveMap(mapFromSources(sources, map));
    },

    resetMap: () => saveMap(null),

    async runWhatIf(limit) {
      const { templateId } = get();
      if (!templateId) return;
      set({ whatIfBusy: true, whatIfError: null });
      try {
        await saved(templateId);
        const whatIf = await api['templates.whatIf']({ templateId, limit });
        if (still(templateId)) set({ whatIf, whatIfBusy: false });
      } catch (error) {
        if (still(templateId)) set({ whatIfBusy: false, whatIfError: errorMessage(error) });
      }
    },

    requestPublish() {
      if (get().phase === 'reviewing' && get().problems.length === 0) set({ phase: 'confirming', error: null });
    },

    cancelPublish() {
      if (get().phase === 'confirming') set({ phase: 'reviewing' });
    },

    async confirmPublish() {
      const { templateId, phase } = get();
      if (!templateId || phase !== 'confirming') return;
      set({ phase: 'publishing' });
      try {
        await saved(templateId);
        const published = await api['templates.publish']({ templateId });
        await useTemplateDraft.getState().load(templateId);
        set({ ...closed, published });
        useTemplateDraft.getState().setNotice(`Version ${published.version} published. New reviews use it; scorecards already scored keep their version.`);
      } catch (error) {
        if (still(templateId)) set({ phase: 'reviewing', error: `Not published: ${errorMessage(error)}`, problems: fieldErrors(error) });
      }
    },
  };
});
