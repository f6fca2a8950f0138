import type { AgentChannel } from '../../../shared/schemas/media';

/** What each lane of the waveform is called: the agent and the customer once the side is known, else left and right. */
export function laneNames(channelCount: number, agentChannel: AgentChannel): string[] {
  if (channelCount < 2) return ['Recording'];
  if (channelCount > 2) return Array.from({ length: channelCount }, (_, i) => `Channel ${i + 1}`);
  if (agentChannel === 'left') return ['Agent (left)', 'Customer (right)'];
  if (agentChannel === 'right') return ['Customer (left)', 'Agent (right)'];
  return ['Left', 'Right'];
}
