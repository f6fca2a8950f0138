import type { ImportTrust } from '../../../shared/sync/trust';

/**
 * How a colleague's scorecard was vouched for, in the Team list's words
 * (docs/sync.md "Signatures"): what a reader may rely on when a score is
 * questioned. Anything forged or unverifiable never reaches the list.
 */
export function trustWords(trust: ImportTrust): string {
  switch (trust) {
    case 'signed':
      return 'Signed by its author’s Callmark';
    case 'signed-first-use':
      return 'Signed; its author’s key was first met on this scorecard';
    case 'unsigned-listed':
      return 'Unsigned: written before its author’s Callmark signed, as its roster entry lists';
    case 'unsigned':
      return 'Unsigned: from a Callmark that does not sign';
  }
}
