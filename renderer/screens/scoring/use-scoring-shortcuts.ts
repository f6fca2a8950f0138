import { useShortcuts } from '../../keyboard/use-shortcuts';
import { useScoring } from '../../stores/scoring';
import { commentDomId } from '../../model/scoring/elements';

/** Binds the keymap's "scoring" commands to the scoring store. */
export function useScoringShortcuts(): void {
  const s = useScoring.getState;
  const currentId = () => s().elements[s().current]?.element.id;

  useShortcuts('scoring', {
    'element.next': () => s().focus(s().current + 1),
    'element.previous': () => s().focus(s().current - 1),
    'element.first': () => s().focus(0),
    'element.last': () => s().focus(s().elements.length - 1),
    'answer.met': () => s().answerKey('met'),
    'answer.notMet': () => s().answerKey('not_met'),
    'answer.notApplicable': () => s().answerKey('na'),
    'answer.scale': (key) => s().answerKey({ scale: Number(key) }),
    'answer.scaleConfirm': () => s().confirmScale(),
    'answer.clear': () => {
      const id = currentId();
      if (id) s().setAnswer(id, null);
    },
    'comment.open': () => s().sayWhyComment(),
    'comment.leave': () => {
      const id = currentId();
      const active = document.activeElement;
      if (!id || !(active instanceof HTMLElement) || active.id !== commentDomId(id)) {
        // Esc on the checklist also drops the "just answered" mark: C and T then act on the element in focus.
        s().dropMark();
        if (active instanceof HTMLElement && active !== document.body) s().focus(s().current);
        return;
      }
      s().flushComments();
      s().resume();
    },
    'review.complete': () => s().requestComplete(),
  });
}
