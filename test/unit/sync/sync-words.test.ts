import { describe, expect, it } from 'vitest';
import { countOf, importedText, keyStandingText, reachableText, sharePath } from '../../../renderer/screens/sync/sync-words';

/** What the Sync screen says about shares that broke, keys and imports (renderer/screens/sync/sync-words.ts). */
describe('the Sync screen’s words', () => {
  it('says what an import brought, by kind, scorecards first', () => {
    expect(importedText({ importedByKind: {} })).toBe('nothing new imported');
    expect(importedText({ importedByKind: { scorecard: 1 } })).toBe('1 new scorecard imported');
    // A kind this version does not know is named by its name.
    expect(importedText({ importedByKind: { 'install-key': 2, scorecard: 3, 'future-note': 1 } })).toBe('3 new scorecards, 1 future-note and 2 roster entries imported');
    expect(countOf(2, 'roster entry')).toBe('2 roster entries');
  });

  it('names a skipped file by where it is in the share', () => {
    expect(sharePath('scorecard', '2026/11/x.json')).toBe('scorecards/2026/11/x.json');
    expect(sharePath('install-key', '2026/11/y.r1.json')).toBe('callmark-installs/2026/11/y.r1.json');
    expect(sharePath('scorecard', '')).toBe('scorecards');
  });

  it('points to the recovery notice instead of saying twice what happened to a share', () => {
    const base = { kind: 'folder' as const, enabled: true, lastError: null };
    const reachable = { state: 'unreachable' as const, message: 'its marker is missing' };
    expect(reachableText({ ...base, reachable, recovery: { action: 'restore_marker', message: 'm', share: null } })).toBe('Not reachable: see what happened below.');
    expect(reachableText({ ...base, reachable, recovery: null })).toBe('Not reachable: its marker is missing');
  });

  it('says how a colleague’s key stands, loudly when it is not trusted', () => {
    expect(keyStandingText({ standing: 'other', inRoster: true })).toMatch(/^Not trusted: another key claims to be this Callmark/);
    expect(keyStandingText({ standing: 'trusted', inRoster: false })).toMatch(/not in any share’s roster: compare the fingerprint/);
    expect(keyStandingText({ standing: 'trusted', inRoster: true })).toBe('Trusted since first seen in a share’s roster.');
  });
});
