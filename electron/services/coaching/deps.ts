import type { IdentityStore } from '../agents/identity-store';
import type { ServiceContext } from '../context';
import type { NotesStore } from '../media/notes-store';
import type { RecordingsStore } from '../media/recordings-store';
import type { ReportQueries } from '../reports/queries';
import type { Repositories } from '../repositories';
import type { ActionsStore } from './store/actions';
import type { EvidenceStore } from './store/evidence';
import type { ImportedSessionsStore } from './store/imported';
import type { PeriodReads } from './store/period-reads';
import type { SessionsStore } from './store/sessions';

/** What the coaching module's parts share: the core backend, its own stores, and what it reads of reports, agents and media. */
export interface CoachingDeps {
  ctx: ServiceContext;
  repos: Repositories;
  /** The reports' own reads (electron/services/reports/queries), asked of one agent and one period. */
  q: ReportQueries;
  identity: IdentityStore;
  evidence: EvidenceStore;
  periods: PeriodReads;
  sessions: SessionsStore;
  actions: ActionsStore;
  imported: ImportedSessionsStore;
  recordings: RecordingsStore;
  notes: NotesStore;
  /** Today as a local day, in the zone the reports' facts count days in. */
  today(): string;
}
