import type { DocumentRef, WrittenRef } from '../../shared/sync/kinds';

/**
 * What other modules may hang on a document's life, in named phases that run
 * in the order listed here, never in the order modules happen to be built.
 * Both hooks run inside a transaction (the one completing the document, the
 * one storing an import batch): what a hook writes commits with it or not at
 * all, and a hook that throws undoes the whole step. Hooks of one phase must
 * not depend on each other.
 *
 * An import batch runs phase by phase over all its documents (every
 * document's `project`, then every document's `react`), each handler over
 * the documents in the order they were stored. A handler may take the batch
 * at once (ModuleHooks.importedBatch) to write it with fewer statements; it
 * must leave exactly what it would leave called once per document, in order.
 * So a `react` handler may rely on every document of the batch having been
 * projected, never on one not having been.
 */
export const COMPLETION_PHASES = [
  /**
   * The owner's data of the completed revision is made final: media keeps the
   * notes as this revision's, stops the live clock and fills the interaction's
   * duration. Before `freeze`, or the frozen document would lack them.
   */
  'finish',
  /** Sync builds the document from that data, freezes its bytes and queues them for every target. */
  'freeze',
  /** Features that only read the completed revision (reports, coaching). */
  'react',
] as const;
export type CompletionPhase = (typeof COMPLETION_PHASES)[number];

export const IMPORT_PHASES = [
  /** The feature that lists a kind fills its own tables (the Team list of scorecards). */
  'project',
  /** Features that react to a colleague's document (reports, coaching). */
  'react',
] as const;
export type ImportPhase = (typeof IMPORT_PHASES)[number];

/** A document of this install was completed (a scorecard: its revision). */
export type CompletedEvent = DocumentRef;

/** A colleague's document was stored for the first time (see sync/import/run.ts). */
export interface ImportedEvent {
  ref: WrittenRef;
  /** As its kind's schema parsed it. */
  document: unknown;
  /** What verification worked out that storing needs (a scorecard: its template's canonical text). */
  extra: unknown;
  /** The install that wrote it. */
  installId: string;
  from: { sourceId: string; targetId: string; relativePath: string };
  at: string;
}

export interface PhasedHook<Phase extends string, Event> {
  on(phase: Phase, handler: (event: Event) => void): void;
  /** A handler of the whole batch at once: the same effect as `on`'s handler called for each event in order. */
  onBatch(phase: Phase, handler: (events: readonly Event[]) => void): void;
  run(event: Event): void;
  /** Every phase in turn over all the events (see above). */
  runBatch(events: readonly Event[]): void;
}

export interface ServiceHooks {
  completed: PhasedHook<CompletionPhase, CompletedEvent>;
  imported: PhasedHook<ImportPhase, ImportedEvent>;
}

/** The hooks a module hangs, by phase: `createCallmarkService` registers them. */
export interface ModuleHooks {
  completed?: Partial<Record<CompletionPhase, (event: CompletedEvent) => void>>;
  imported?: Partial<Record<ImportPhase, (event: ImportedEvent) => void>>;
  /** Import handlers that take a stored batch at once (see above); a module gives a phase here or in `imported`. */
  importedBatch?: Partial<Record<ImportPhase, (events: readonly ImportedEvent[]) => void>>;
}

export function createHooks(): ServiceHooks {
  return { completed: phasedHook(COMPLETION_PHASES), imported: phasedHook(IMPORT_PHASES) };
}

export function registerHooks(hooks: ServiceHooks, from: ModuleHooks | undefined): void {
  for (const [phase, handler] of Object.entries(from?.completed ?? {})) if (handler) hooks.completed.on(phase as CompletionPhase, handler);
  for (const [phase, handler] of Object.entries(from?.imported ?? {})) if (handler) hooks.imported.on(phase as ImportPhase, handler);
  for (const [phase, handler] of Object.entries(from?.importedBatch ?? {})) if (handler) hooks.imported.onBatch(phase as ImportPhase, handler);
}

function phasedHook<Phase extends string, Event>(phases: readonly Phase[]): PhasedHook<Phase, Event> {
  const handlers = new Map<Phase, ((events: readonly Event[]) => void)[]>(phases.map((p) => [p, []]));
  // Flattened once per registration, so running (inside every completion) is a plain loop.
  let ordered: ((events: readonly Event[]) => void)[] = [];
  const add = (phase: Phase, handler: (events: readonly Event[]) => void) => {
    const list = handlers.get(phase);
    if (!list) throw new Error(`unknown hook phase "${phase}"; the phases are ${phases.join(', ')}`);
    list.push(handler);
    ordered = phases.flatMap((p) => handlers.get(p)!);
  };
  const runBatch = (events: readonly Event[]) => {
    if (events.length === 0) return;
    for (const handler of ordered) handler(events);
  };
  return {
    on: (phase, handler) =>
      add(phase, (events) => {
        for (const event of events) handler(event);
      }),
    onBatch: add,
    run: (event) => runBatch([event]),
    runBatch,
  };
}
