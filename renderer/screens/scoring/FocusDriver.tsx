import { useFocusRequest } from './use-focus-request';

/** Renders nothing: moves DOM focus when the scoring store asks for it. */
export function FocusDriver() {
  useFocusRequest();
  return null;
}
