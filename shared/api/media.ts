/** Recordings, playback position, live clock and timestamped notes (issue 3). */
export const mediaApi = {};
