import { useEffect, useRef } from 'react';
import type { Scope } from './keymap';
import { register, type CommandHandler } from './registry';

/**
 * Makes a scope's bindings live while the calling component is mounted.
 * Handlers are read at key time (through a ref), so they always see current state.
 */
export function useShortcuts(scope: Scope, handlers: Partial<Record<string, CommandHandler>>, enabled = true): void {
  const ref = useRef(handlers);
  useEffect(() => {
    ref.current = handlers;
  });
  useEffect(() => {
    if (!enabled) return;
    return register(scope, () => ref.current);
  }, [scope, enabled]);
}
