/** Export, outbox, shared-folder and server sync, CSV (issue 4). */
export const syncApi = {};
