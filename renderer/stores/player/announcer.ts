import type { SetPlayer } from './state';

/** What the player says in its live region; a sequence number makes the same words announce again. */
export function createAnnouncer(set: SetPlayer): (text: string) => void {
  let seq = 0;
  return (text) => {
    seq += 1;
    set({ announcement: { text, seq } });
  };
}
