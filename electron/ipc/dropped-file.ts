/** The one IPC channel besides the API methods: the preload hands over the path of a file dropped on the window. */
export const DROPPED_FILE_CHANNEL = 'callmark-file:dropped';
