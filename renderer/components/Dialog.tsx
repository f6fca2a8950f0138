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
 * it is open no shortcut reaches the screen behind it.
 */
export function Dialog({ title, onClose, children, describedBy, className }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  useShortcuts('dialog', { 'dialog.close': onClose });

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
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
