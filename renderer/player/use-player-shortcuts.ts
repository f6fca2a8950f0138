import { useShortcuts } from '../keyboard/use-shortcuts';
import { useNotes } from '../stores/notes';
import { usePlayer } from '../stores/player';
import { isReadOnly, useScoring } from '../stores/scoring';
import { focusedElementId } from './focused-element';

/**
 * Binds the keymap's "player" commands. Handlers read the stores at key time,
 * so they always act on the review on screen.
 */
export function usePlayerShortcuts(): void {
  const player = usePlayer.getState;

  const addNote = (wholeReview: boolean) => {
    const scoring = useScoring.getState();
    if (isReadOnly(scoring.detail)) {
      player().announce('This review is completed: notes can no longer be added.');
      return;
    }
    // Right after an answer key, T is about the element just answered (model/scoring/say-why.ts).
    const marked = scoring.justAnswered === null ? undefined : scoring.elements[scoring.justAnswered]?.element.id;
    const elementId = wholeReview ? null : (marked ?? focusedElementId(scoring.elements));
    useNotes.getState().add(player().noteTime(), elementId);
  };

  useShortcuts('player', {
    'player.toggle': () => player().toggle(),
    'player.toggleAnywhere': () => player().toggle(),
    'player.back5': () => player().skip(-5),
    'player.back5Anywhere': () => player().skip(-5),
    'player.forward5': () => player().skip(5),
    'player.forward5Anywhere': () => player().skip(5),
    'player.back15': () => player().skip(-15),
    'player.back15Anywhere': () => player().skip(-15),
    'player.forward15': () => player().skip(15),
    'player.forward15Anywhere': () => player().skip(15),
    'player.slower': () => player().stepSpeed(-1),
    'player.faster': () => player().stepSpeed(1),
    'player.zoomIn': () => player().zoom(1),
    'player.zoomOut': () => player().zoom(-1),
    'player.goTo': () => player().setGoToOpen(true),
    'note.add': () => addNote(false),
    'note.addReview': () => addNote(true),
  });
}
