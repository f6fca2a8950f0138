import { useEffect, useRef, type ReactNode } from 'react';

/**
 * The screen's h1. It takes focus when the screen opens, so a screen reader
 * announces where the user landed and Tab starts from the top of the screen.
 */
export function ScreenHeading({ children, autoFocus = true }: { children: ReactNode; autoFocus?: boolean }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (autoFocus) ref.current?.focus({ preventScroll: true });
  }, [autoFocus]);
  return (
    <h1 ref={ref} tabIndex={-1} className="screen__heading">
      {children}
    </h1>
  );
}
