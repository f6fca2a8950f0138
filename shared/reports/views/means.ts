import type { AgentMean, TeamMean } from '../../api/reports';
import { compareMeans } from '../../stats';
import { meanFigure, minus, summaryOf, sumTotals, type Totals } from './figures';

export interface AgentInfo {
  id: string;
  name: string;
  team: string;
}

const NO_TEAM = 'No team';

/**
 * Mean score per team and per agent, each with n and 95 % interval, and for
 * each agent the plain verdict against the rest of their team (Welch's test on
 * the team without them, so their own scores do not pull the comparison).
 */
export function agentAndTeamMeans(totals: readonly (Totals & { agentId: string })[], agents: ReadonlyMap<string, AgentInfo>): { teams: TeamMean[]; agents: AgentMean[] } {
  const teamOf = (id: string) => agents.get(id)?.team || NO_TEAM;
  const byTeam = new Map<string, (Totals & { agentId: string })[]>();
  for (const t of totals) {
    const list = byTeam.get(teamOf(t.agentId)) ?? [];
    list.push(t);
    byTeam.set(teamOf(t.agentId), list);
  }
  const teams: TeamMean[] = [...byTeam].map(([team, list]) => ({ team, agents: list.length, ...meanFigure(sumTotals(list)) }));
  teams.sort((a, b) => a.team.localeCompare(b.team));
  const teamTotals = new Map([...byTeam].map(([team, list]) => [team, sumTotals(list)] as const));
  const rows: AgentMean[] = totals.map((t) => {
    const info = agents.get(t.agentId);
    const name = info?.name ?? 'Unknown agent';
    const team = teamOf(t.agentId);
    const rest = minus(teamTotals.get(team)!, t);
    const comparison = compareMeans(summaryOf(t), summaryOf(rest), { subject: name, others: `the rest of ${team}` });
    const verdict = comparison.verdict;
    const sentence =
      verdict === 'not_different'
        ? `Cannot be told apart from the rest of ${team}: ${comparison.reason}.`
        : verdict === 'different'
          ? `${comparison.reason}.`
          : `Too few to compare: ${comparison.reason}.`;
    return { agentId: t.agentId, name, team: info?.team ?? '', ...meanFigure(t), verdict, sentence };
  });
  rows.sort((a, b) => a.team.localeCompare(b.team) || a.name.localeCompare(b.name));
  return { teams, agents: rows };
}
