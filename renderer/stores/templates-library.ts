import { create } from 'zustand';
import type { ImportOutcome, TemplateStatus } from '../../shared/api/templates';
import { MAX_TEMPLATE_DOCUMENT_CHARS } from '../../shared/templates/document';
import { api } from '../api/client';
import { errorMessage } from '../api/errors';

interface LibraryState {
  /** Every template, archived and unpublished ones included. */
  items: TemplateStatus[];
  loaded: boolean;
  loadError: string | null;
  load(): Promise<void>;
  /** A new template with a starter draft; its id. */
  create(name: string): Promise<string>;
  /** Reads a template file and imports it; a file too large is refused here, before it is read. */
  importFile(file: File): Promise<ImportOutcome>;
  setArchived(templateId: string, archived: boolean): Promise<void>;
}

export const useTemplatesLibrary = create<LibraryState>((set, get) => ({
  items: [],
  loaded: false,
  loadError: null,
  async load() {
    try {
      set({ items: await api['templates.library']({}), loaded: true, loadError: null });
    } catch (error) {
      set({ loadError: errorMessage(error) });
    }
  },
  async create(name) {
    const { templateId } = await api['templates.create']({ name });
    await get().load();
    return templateId;
  },
  async importFile(file) {
    // Bytes are at least as many as characters: a file over the limit in bytes may still fit, so only a clearly huge one is refused unread.
    if (file.size > MAX_TEMPLATE_DOCUMENT_CHARS * 4)
      return { outcome: 'refused', reason: 'too_large', message: `the file is too large for a template (${file.size.toLocaleString('en')} bytes)`, errors: [] };
    const outcome = await api['templates.import']({ text: await file.text() });
    if (outcome.outcome !== 'refused') await get().load();
    return outcome;
  },
  async setArchived(templateId, archived) {
    const status = await api['templates.setArchived']({ templateId, archived });
    set({ items: get().items.map((t) => (t.templateId === templateId ? status : t)) });
  },
}));
