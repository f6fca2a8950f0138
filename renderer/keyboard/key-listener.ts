import { describeKey } from './describe-key';
import { isActivatable, isTextEntry } from './is-text-entry';
import { createKeyMatcher } from './matcher';
import { activeCandidates } from './registry';

/** The one keydown listener for the whole app: looks the key up in the keymap and runs the registered command. */
export function startKeyListener(target: Window): () => void {
  const match = createKeyMatcher();
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.defaultPrevented || event.isComposing) return;
    const descriptor = describeKey(event);
    if (!descriptor) return;
    const candidates = activeCandidates();
    const result = match(descriptor, {
      candidates: candidates.map((c) => c.binding),
      typing: isTextEntry(event.target as HTMLElement | null),
      now: event.timeStamp,
      shift: event.shiftKey,
      onControl: isActivatable(event.target as HTMLElement | null),
    });
    if (result.kind === 'none') return;
    event.preventDefault();
    if (result.kind === 'match') candidates.find((c) => c.binding === result.binding)?.run(result.key);
  };
  target.addEventListener('keydown', onKeyDown);
  return () => target.removeEventListener('keydown', onKeyDown);
}
