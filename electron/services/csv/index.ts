import type { ModuleFactory } from '../module';
import { exportCsvChunk } from './export';
import { createCsvQueries } from './store';

/** CSV export for spreadsheets, one chunk per call. */
export const csvModule: ModuleFactory<'export.csv'> = (ctx, repos) => {
  const csv = createCsvQueries(ctx.db);
  return { handlers: { 'export.csv': (input) => exportCsvChunk(csv, repos, input, ctx.now().slice(0, 10)) } };
};
