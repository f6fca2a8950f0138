import type { AnswerValue } from '../../../shared/schemas/scorecard';
import { BUILTIN_TEMPLATE_VERSION_ID } from '../../../shared/templates/builtin';
import { servicesClosedAfterEach, tempFolder, type OpenedService } from '../../support/service';
import { ELEMENT_IDS, ZONE } from '../reports/support';

export { ELEMENT_IDS };

/** One install with a clock the test moves, days counted in London like the reports' tests, and no import timer. */
export interface Install extends OpenedService {
  name: string;
  setNow(iso: string): void;
  agent(name: string, team: string, organisationKey?: string): Promise<string>;
  /** Completes a scorecard: `notMet` elements not met, `na` not applicable, the rest met; notes dropped and comments written first. */
  score(agentId: string, occurredAt: string, opts?: Scoring): Promise<string>;
}

export interface Scoring {
  notMet?: readonly string[];
  na?: readonly string[];
  comments?: Record<string, string>;
  notes?: { elementId: string | null; atSeconds: number; text: string }[];
  /** Flags the draft as a calibration scorecard before it is completed, as calibration.start makes them. */
  calibration?: boolean;
}

export function installs() {
  const open = servicesClosedAfterEach();
  return async (name: string, at = '2026-12-01T09:00:00.000Z', dataFolder = tempFolder('callmark-coaching-')): Promise<Install> => {
    const time = { now: new Date(at) };
    const s = open(dataFolder, () => time.now, { modules: { reports: { timeZone: ZONE } } });
    await s.call('reviewer.setName', { name });
    await s.call('sync.settings.set', { importEveryMinutes: 0 });
    return {
      ...s,
      name,
      setNow: (iso) => void (time.now = new Date(iso)),
      agent: async (agentName, team, organisationKey) => (await s.call('agents.create', { name: agentName, team, ...(organisationKey ? { organisationKey } : {}) })).id,
      async score(agentId, occurredAt, opts = {}) {
        const detail = await s.call('reviews.create', { agentId, templateVersionId: BUILTIN_TEMPLATE_VERSION_ID, interaction: { channel: 'phone', occurredAt, reference: `REF-${occurredAt}` } });
        const id = detail.scorecard.id;
        if (opts.calibration) s.service.context.db.prepare('UPDATE scorecards SET calibration_session_id = ? WHERE id = ?').run('0b6f4f8e-7a1c-4c1d-9a53-1f0f6a0e9c11', id);
        for (const elementId of ELEMENT_IDS) {
          const value: AnswerValue = opts.notMet?.includes(elementId) ? 'not_met' : opts.na?.includes(elementId) ? 'na' : 'met';
          await s.call('reviews.setAnswer', { scorecardId: id, elementId, value });
        }
        for (const [elementId, text] of Object.entries(opts.comments ?? {})) await s.call('reviews.setComment', { scorecardId: id, elementId, text });
        for (const note of opts.notes ?? []) await s.call('media.notes.add', { scorecardId: id, ...note });
        await s.call('reviews.complete', { scorecardId: id });
        return id;
      },
    };
  };
}

/** Days of November 2026 at 10:00 UTC (11:00 in London's winter: the same local day). */
export const nov = (day: number) => `2026-11-${String(day).padStart(2, '0')}T10:00:00.000Z`;
export const NOVEMBER = { from: '2026-11-01', to: '2026-11-30' };
