import type { CalibrationOutcomes, CalibrationReveal } from './organiser-documents';
import type { CalibrationSession } from './session-document';

const at = (iso: string) => Date.parse(iso);
const shortId = (id: string) => id.slice(0, 8);

export interface OrganiserDocuments {
  session: CalibrationSession;
  reveal: CalibrationReveal | null;
  outcomes: CalibrationOutcomes | null;
  /** Documents of other installs that claim this session, each said in words. */
  problems: string[];
}

/**
 * Which of the documents naming one session id count. Only the organiser
 * writes a session, its reveal and its outcomes; but a share may hold the same
 * session id from two installs (a copied file, two organisers who both
 * published). Every install then picks the same one, the first published
 * (ties: the lower install id), and shows the others as ignored, and only that
 * organiser's install may reveal it or record its outcomes.
 */
export function organiserDocuments(
  sessions: readonly CalibrationSession[],
  reveals: readonly CalibrationReveal[],
  outcomes: readonly CalibrationOutcomes[],
): OrganiserDocuments | null {
  const ordered = [...sessions].sort((a, b) => at(a.publishedAt) - at(b.publishedAt) || a.origin.installId.localeCompare(b.origin.installId));
  const session = ordered[0];
  if (!session) return null;
  const organiser = session.origin.installId;
  const problems = ordered
    .slice(1)
    .map(
      (other) =>
        `${other.organiser.name} (install ${shortId(other.origin.installId)}) also published a session with this id, “${other.title}”, on ${other.publishedAt}: it is ignored on every install; the first published, by ${session.organiser.name}, counts. Ask ${other.organiser.name} to publish theirs again as a new session.`,
    );
  const fromOrganiser = <D extends { origin: { installId: string } }>(docs: readonly D[], what: string): D[] => {
    for (const d of docs) {
      if (d.origin.installId !== organiser) problems.push(`A ${what} from install ${shortId(d.origin.installId)}, not the organiser's, was ignored.`);
    }
    return docs.filter((d) => d.origin.installId === organiser);
  };
  const reveal = fromOrganiser(reveals, 'reveal').sort((a, b) => at(a.revealedAt) - at(b.revealedAt))[0] ?? null;
  const latest = fromOrganiser(outcomes, 'discussion outcome').sort((a, b) => b.revision - a.revision)[0] ?? null;
  return { session, reveal, outcomes: latest, problems };
}
