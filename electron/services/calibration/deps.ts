import type { ServiceContext } from '../context';
import type { NotesStore } from '../media/notes-store';
import type { RecordingsStore } from '../media/recordings-store';
import type { Repositories } from '../repositories';
import type { TargetsStore } from '../sync/store/targets';
import type { LibraryStore } from '../templates/store/library';
import type { VersionsStore } from '../templates/store/versions';
import type { CalibrationDocumentsStore } from './store/documents';
import type { CalibrationReadsStore } from './store/reads';
import type { ParsedDocuments } from './parsed-documents';
import type { OutcomeDraftsStore } from './store/outcome-drafts';
import type { ParticipationsStore } from './store/participations';

/** What the calibration module's parts share: the core backend, its own stores, and the media and sync stores it reads. */
export interface CalibrationDeps {
  ctx: ServiceContext;
  repos: Repositories;
  documents: CalibrationDocumentsStore;
  parsed: ParsedDocuments;
  participations: ParticipationsStore;
  drafts: OutcomeDraftsStore;
  reads: CalibrationReadsStore;
  recordings: RecordingsStore;
  notes: NotesStore;
  targets: TargetsStore;
  /** A session's template version is kept as the organiser published it, as a shared template is. */
  templateLibrary: LibraryStore;
  templateVersions: VersionsStore;
  installId(): string;
}
