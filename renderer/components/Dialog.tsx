import { useEffect, useRef, type ReactNode } from 'react';
import { useShortcuts } from '../keyboard/use-shortcuts';
import './Dialog.css';

interface Props {
  title: string;
  onClose: () => void;
  /** For dialogs with a text box, where Enter is a newline: Ctrl+Enter (⌘+Enter) confirms. */
  onSubmit?: () => void;
  children: ReactNode;
  /** Shown under the title for screen readers as the dialog's description. */
  describedBy?: string;
  className?: string;
}

/**
 * A modal dialog on the native <dialog>: the browser traps focus, and closing
 * hands it back to whatever had it before, if that is still on screen. Escape
 * goes through the keymap like every other key, and while it is open no
 * shortcut reaches the screen behind it. The control marked data-autofocus
 * gets the focus, so Enter presses it (or types into it).
 */
export function Dialog({ title, onClose, onSubmit, children, describedBy, className }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  useShortcuts('dialog', { 'dialog.close': onClose, 'dialog.submit': onSubmit });

  useEffect(() => {
    const dialog = ref.current;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (dialog && !dialog.open) dialog.showModal();
    // showModal focuses the first button; the dialog's intended default (marked data-autofocus) must be the one Enter presses.
    // Without scrolling to it: a long dialog (the shortcut sheet, Close at its end) opens at its start, to be read.
    dialog?.querySelector<HTMLElement>('[data-autofocus]')?.focus({ preventScroll: true });
    if (dialog) dialog.scrollTop = 0;
    return () => {
      dialog?.close();
      // React has already removed the <dialog> here, so the browser does not restore focus itself.
      if (opener?.isConnected) opener.focus();
    };
  }, []);

  return (
    <dialog
      ref={ref}
      className={`dialog ${className ?? ''}`}
      aria-modal="true"
      aria-labelledby="dialog-title"
      aria-describedby={describedBy}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <h2 id="dialog-title" className="dialog__title">
        {title}
      </h2>
      {children}
    </dialog>
  );
}
