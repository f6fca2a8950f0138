/** Server target secrets and CSV export (issue 4, second part). */
export const serverSyncApi = {};
