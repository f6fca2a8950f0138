import type { DocumentRef } from '../../../../shared/sync/kinds';
import type { ServiceContext } from '../../context';
import type { Repositories } from '../../repositories';
import type { MediaSource } from '../export/media-source';
import type { SyncSettingsStore } from '../settings';

/** What building a document may read: the core backend, sync's settings (install id, privacy) and media's stores. */
export interface BuildDeps {
  ctx: ServiceContext;
  repos: Repositories;
  settings: SyncSettingsStore;
  media: MediaSource;
}

/**
 * How this install builds the document of one of its own completed revisions
 * of a kind, from its data as it is at that moment: called inside the
 * completing transaction (the `freeze` phase), so it reads exactly what was
 * just made final. A kind this install only reads (a published template)
 * has no builder.
 */
export interface DocumentBuilder {
  kind: string;
  /**
   * The document and its canonical JSON, the exact bytes that are frozen; null
   * when this revision stays on this install (a calibration scorecard, whose
   * answers travel only as calibration documents).
   */
  build(ref: DocumentRef): { document: unknown; body: string } | null;
}

export type DocumentBuilderFactory = (deps: BuildDeps) => DocumentBuilder;
