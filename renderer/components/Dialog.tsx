import { useEffect, useRef, type ReactNode } from 'react';
import { useShortcuts } from '../keyboard/use-shortcuts';

interface Props {
  title: string;
  onClose: () => void;
  children: ReactNode;
  /** Shown under the title for screen readers as the dialog's description. */
  describedBy?: string;
  className?: string;
}

/**
 * A modal dialog on the native <dialog>: the browser traps focus and restores
 * it on close. Escape goes through the keymap like every other key, and while
 * it is open no shortcut reaches the screen behind it. The button marked
 * data-autofocus gets the focus, so Enter presses it.
 */
export function Dialog({ title, onClose, children, describedBy, className }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  useShortcuts('dialog', { 'dialog.close': onClose });

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    // showModal focuses the first button; the dialog's intended default (marked data-autofocus) must be the one Enter presses.
    dialog?.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    return () => dialog?.close();
  }, []);

  return (
    <dialog
      ref={ref}
      className={`dialog ${className ?? ''}`}
      aria-labelledby="dialog-title"
      aria-describedby={describedBy}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <h2 id="dialog-title" className="dialog-title">
        {title}
      </h2>
      {children}
    </dialog>
  );
}
