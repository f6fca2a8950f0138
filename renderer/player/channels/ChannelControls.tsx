import { useId } from 'react';
import { AgentChannel } from '../../../shared/schemas/media';
import { usePlayer } from '../../stores/player';
import type { Side } from './channel-routing';
import { laneNames } from './lane-names';
import './ChannelControls.css';

const sideWords: Record<AgentChannel, string> = { unknown: 'Not set', left: 'Left', right: 'Right' };

/**
 * A stereo call's two sides (issue 13 item 3): mute and solo each, and which
 * side is the agent, remembered with the recording (media.setAgentChannel).
 */
export function ChannelControls() {
  const channels = usePlayer((s) => s.media?.recording?.channels ?? 1);
  const agentChannel = usePlayer((s) => s.media?.agentChannel ?? 'unknown');
  const switches = usePlayer((s) => s.switches);
  const toggleMute = usePlayer((s) => s.toggleMute);
  const toggleSolo = usePlayer((s) => s.toggleSolo);
  const setAgentChannel = usePlayer((s) => s.setAgentChannel);
  const agentField = useId();
  if (channels !== 2) return null;
  const names = laneNames(2, agentChannel);
  return (
    <div className="channel-controls" role="group" aria-label="Sides of the call">
      {names.map((name, index) => {
        const side = index as Side;
        return (
          <div key={side} className="channel-controls__side">
            <span className="channel-controls__name">{name}</span>
            <button type="button" className={`channel-controls__toggle${switches.muted[side] ? ' is-on' : ''}`} aria-pressed={switches.muted[side]} onClick={() => toggleMute(side)}>
              Mute<span className="u-visually-hidden"> {name}</span>
            </button>
            <button type="button" className={`channel-controls__toggle${switches.solo[side] ? ' is-on' : ''}`} aria-pressed={switches.solo[side]} onClick={() => toggleSolo(side)}>
              Solo<span className="u-visually-hidden"> {name}</span>
            </button>
          </div>
        );
      })}
      <div className="channel-controls__agent">
        <label htmlFor={agentField}>Agent’s side</label>
        <select id={agentField} value={agentChannel} onChange={(e) => void setAgentChannel(AgentChannel.parse(e.target.value))}>
          {AgentChannel.options.map((option) => (
            <option key={option} value={option}>
              {sideWords[option]}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
