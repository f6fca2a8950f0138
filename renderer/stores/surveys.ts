import { create } from 'zustand';
import type { SurveyCheck } from '../../shared/api/surveys';
import type { SurveyMapping } from '../../shared/reports/survey/mapping';
import { api } from '../api/client';
import { errorMessage } from '../api/errors';
import { bytesToBase64 } from '../model/reports/base64';

interface SurveysState {
  mapping: SurveyMapping | null;
  file: { name: string; base64: string } | null;
  check: SurveyCheck | null;
  busy: boolean;
  error: string | null;
  result: string | null;
  open(): Promise<void>;
  choose(file: File): Promise<void>;
  setMapping(changes: Partial<SurveyMapping>): Promise<void>;
  importFile(): Promise<boolean>;
}

/** A survey file being mapped, checked and imported (all rows or none). */
export const useSurveys = create<SurveysState>((set, get) => {
  async function recheck() {
    const { file, mapping } = get();
    if (!file || !mapping) return;
    set({ busy: true, error: null });
    try {
      set({ check: await api['surveys.check']({ fileName: file.name, contentBase64: file.base64, mapping }), busy: false });
    } catch (error) {
      set({ error: errorMessage(error), busy: false });
    }
  }
  return {
    mapping: null,
    file: null,
    check: null,
    busy: false,
    error: null,
    result: null,
    async open() {
      set({ file: null, check: null, error: null, result: null, mapping: await api['surveys.mapping']({}) });
    },
    async choose(file) {
      set({ file: { name: file.name, base64: bytesToBase64(new Uint8Array(await file.arrayBuffer())) }, result: null });
      await recheck();
    },
    async setMapping(changes) {
      const mapping = get().mapping;
      if (!mapping) return;
      set({ mapping: { ...mapping, ...changes } });
      await recheck();
    },
    async importFile() {
      const { file, mapping } = get();
      if (!file || !mapping) return false;
      set({ busy: true, error: null });
      try {
        const r = await api['surveys.import']({ fileName: file.name, contentBase64: file.base64, mapping });
        set({ busy: false, result: `Imported ${r.imported} responses (${r.matched} matched to scored calls; ${r.alreadyImported} were already imported).` });
        return true;
      } catch (error) {
        set({ busy: false, error: errorMessage(error) });
        return false;
      }
    },
  };
});
