import { useState, type DragEvent } from 'react';
import { usePlayer } from '../stores/player';

const hasFiles = (event: DragEvent) => Array.from(event.dataTransfer.types).includes('Files');

/**
 * Drag and drop of a recording anywhere on the scoring screen. The drop is
 * always taken, so the browser never navigates away to show the file; in the
 * desktop app the preload turns it into a grant, in the browser host the panel
 * explains that a path is needed instead.
 */
export function useRecordingDrop() {
  const [over, setOver] = useState(false);
  const dropFile = usePlayer((s) => s.dropFile);
  return {
    over,
    handlers: {
      onDragOver(event: DragEvent) {
        if (!hasFiles(event)) return;
        event.preventDefault();
        event.dataTransfer.dropEffect = 'copy';
        setOver(true);
      },
      onDragLeave(event: DragEvent) {
        if (event.currentTarget === event.target) setOver(false);
      },
      onDrop(event: DragEvent) {
        if (!hasFiles(event)) return;
        event.preventDefault();
        setOver(false);
        const file = event.dataTransfer.files[0];
        if (file) void dropFile(file);
      },
    },
  };
}
