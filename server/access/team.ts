/**
 * How a team name is compared: the desktop's agent team is free text typed on
 * each laptop, so "North", "north " and "NORTH" are one team. The name is kept
 * as written for display; the key is what membership and filters compare.
 */
export function teamKey(team: string): string {
  return team.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
}
