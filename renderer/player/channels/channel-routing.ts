/**
 * Which side of a stereo call is heard (issue 13 item 3): mute and solo per
 * side, as on a mixing desk. Solo wins: with any side soloed, only soloed sides
 * play. A side heard alone plays in both ears (a reviewer with one earphone in
 * must still hear the customer); with both heard, each stays on its own side.
 */
export type Side = 0 | 1;

export interface ChannelSwitches {
  muted: readonly [boolean, boolean];
  solo: readonly [boolean, boolean];
}

export const NO_SWITCHES: ChannelSwitches = { muted: [false, false], solo: [false, false] };

/** Whether each side is heard. */
export function audible(switches: ChannelSwitches): [boolean, boolean] {
  const soloing = switches.solo[0] || switches.solo[1];
  return [0, 1].map((side) => (soloing ? switches.solo[side as Side] : !switches.muted[side as Side])) as [boolean, boolean];
}

/** Gain from each input side (row) to each ear (column). */
export type Routing = readonly [readonly [number, number], readonly [number, number]];

export function routingOf(switches: ChannelSwitches): Routing {
  const [left, right] = audible(switches);
  if (left && right) return [[1, 0], [0, 1]];
  if (left) return [[1, 1], [0, 0]];
  if (right) return [[0, 0], [1, 1]];
  return [[0, 0], [0, 0]];
}

/** Untouched: both sides heard where they are, so the page needs no audio graph at all. */
export const isPlainRouting = (switches: ChannelSwitches) => {
  const [left, right] = audible(switches);
  return left && right;
};

export function toggled(switches: ChannelSwitches, kind: 'muted' | 'solo', side: Side): ChannelSwitches {
  const flipped = [...switches[kind]] as [boolean, boolean];
  flipped[side] = !flipped[side];
  return { ...switches, [kind]: flipped };
}
