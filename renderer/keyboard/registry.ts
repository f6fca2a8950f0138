import { keymap, type KeyBinding, type Scope } from './keymap';

export type CommandHandler = (key: string) => void;
type Handlers = Partial<Record<string, CommandHandler>>;

interface Registration {
  scope: Scope;
  handlers: () => Handlers;
}

/**
 * Which commands the screens on display can run. Registrations are a stack:
 * the newest wins a shared command, and an open dialog shuts out every other
 * scope (it is modal, so keys must not reach the screen behind it).
 */
const registrations: Registration[] = [];

export function register(scope: Scope, handlers: () => Handlers): () => void {
  const registration = { scope, handlers };
  registrations.push(registration);
  return () => {
    const index = registrations.indexOf(registration);
    if (index >= 0) registrations.splice(index, 1);
  };
}

function activeRegistrations(): Registration[] {
  const newestFirst = [...registrations].reverse();
  const dialog = newestFirst.find((r) => r.scope === 'dialog');
  if (dialog) return [dialog];
  // Screen scopes before the global one, so a screen can reuse a key.
  return [...newestFirst.filter((r) => r.scope !== 'global'), ...newestFirst.filter((r) => r.scope === 'global')];
}

export interface Candidate {
  binding: KeyBinding;
  run: CommandHandler;
}

/** Bindings that can fire right now, each with the handler that runs it, in priority order. */
export function activeCandidates(): Candidate[] {
  const result: Candidate[] = [];
  for (const registration of activeRegistrations()) {
    const handlers = registration.handlers();
    for (const binding of keymap) {
      const run = binding.scope === registration.scope ? handlers[binding.command] : undefined;
      if (run) result.push({ binding, run });
    }
  }
  return result;
}
