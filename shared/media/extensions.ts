/** File-name extensions the open dialog offers for recordings (the backend still decides from the bytes). */
export const RECORDING_EXTENSIONS = ['wav', 'mp3', 'ogg', 'oga', 'opus', 'flac', 'm4a', 'mp4', 'aac'] as const;
