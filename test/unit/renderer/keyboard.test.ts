import { describe, expect, it } from 'vitest';
import { describeKey, formatKeys } from '../../../renderer/keyboard/describe-key';
import { isActivatable, isTextEntry } from '../../../renderer/keyboard/is-text-entry';
import { keymap, type KeyBinding } from '../../../renderer/keyboard/keymap';
import { createKeyMatcher, SEQUENCE_TIMEOUT_MS } from '../../../renderer/keyboard/matcher';

const scope = (name: KeyBinding['scope']) => keymap.filter((b) => b.scope === name);
const scoringAndGlobal = [...scope('scoring'), ...scope('global')];

describe('describeKey', () => {
  it('treats M and Shift+M alike, and keeps characters that need Shift', () => {
    expect(describeKey({ key: 'M', shiftKey: true })).toBe('m');
    expect(describeKey({ key: 'm' })).toBe('m');
    expect(describeKey({ key: '?', shiftKey: true })).toBe('?');
  });

  it('names modified and special keys', () => {
    expect(describeKey({ key: 'Enter', ctrlKey: true })).toBe('Mod+Enter');
    expect(describeKey({ key: 'Enter', metaKey: true })).toBe('Mod+Enter');
    expect(describeKey({ key: 'ArrowDown', shiftKey: true })).toBe('Shift+ArrowDown');
    expect(describeKey({ key: '¬', code: 'KeyL', altKey: true })).toBe('Alt+l');
    expect(describeKey({ key: 'Shift', shiftKey: true })).toBeNull();
  });

  it('reads Alt+[ and Alt+] by the physical key, which a Mac turns into quotes', () => {
    expect(describeKey({ key: '“', code: 'BracketLeft', altKey: true })).toBe('Alt+[');
    expect(describeKey({ key: '”', code: 'BracketLeft', altKey: true, shiftKey: true })).toBe('Alt+{');
    expect(describeKey({ key: '‘', code: 'BracketRight', altKey: true })).toBe('Alt+]');
    expect(describeKey({ key: '}', code: 'BracketRight', altKey: true, shiftKey: true })).toBe('Alt+}');
    expect(describeKey({ key: '{', code: 'BracketLeft', shiftKey: true })).toBe('{');
    expect(describeKey({ key: ' ', code: 'Space' })).toBe('Space');
  });

  it('formats keys for people on each platform', () => {
    expect(formatKeys('Mod+Enter', false)).toBe('Ctrl+Enter');
    expect(formatKeys('Mod+Enter', true)).toBe('⌘+Enter');
    expect(formatKeys('g l', false)).toBe('G then L');
    expect(formatKeys('ArrowDown', false)).toBe('↓');
  });
});

describe('isTextEntry', () => {
  it('is true where letters are text', () => {
    expect(isTextEntry({ tagName: 'TEXTAREA' })).toBe(true);
    expect(isTextEntry({ tagName: 'INPUT', type: 'text' })).toBe(true);
    expect(isTextEntry({ tagName: 'INPUT', type: 'datetime-local' })).toBe(true);
    expect(isTextEntry({ tagName: 'SELECT' })).toBe(true);
    expect(isTextEntry({ tagName: 'DIV', isContentEditable: true })).toBe(true);
  });

  it('is false on buttons, checkboxes and the checklist itself', () => {
    expect(isTextEntry({ tagName: 'BUTTON' })).toBe(false);
    expect(isTextEntry({ tagName: 'INPUT', type: 'checkbox' })).toBe(false);
    expect(isTextEntry({ tagName: 'LI' })).toBe(false);
    expect(isTextEntry(null)).toBe(false);
  });
});

describe('key matcher', () => {
  it('maps the scoring keys to their commands', () => {
    const match = createKeyMatcher();
    const ctx = { candidates: scoringAndGlobal, typing: false, now: 0 };
    const command = (key: string) => {
      const result = match(key, ctx);
      return result.kind === 'match' ? result.binding.command : result.kind;
    };
    expect(command('m')).toBe('answer.met');
    expect(command('y')).toBe('answer.met');
    expect(command('x')).toBe('answer.notMet');
    expect(command('a')).toBe('answer.notApplicable');
    expect(command('7')).toBe('answer.scale');
    expect(command('j')).toBe('element.next');
    expect(command('ArrowUp')).toBe('element.previous');
    expect(command('Mod+Enter')).toBe('review.complete');
    expect(command('?')).toBe('app.shortcuts');
    expect(command('q')).toBe('none');
  });

  it('fires no single-key shortcut while typing, but lets Escape and modified keys through', () => {
    const match = createKeyMatcher();
    const typing = { candidates: scoringAndGlobal, typing: true, now: 0 };
    expect(match('n', typing).kind).toBe('none');
    expect(match('?', typing).kind).toBe('none');
    expect(match('g', typing).kind).toBe('none');
    expect(match('Escape', typing)).toMatchObject({ kind: 'match', binding: { command: 'comment.leave' } });
    expect(match('Mod+Enter', typing)).toMatchObject({ kind: 'match', binding: { command: 'review.complete' } });
  });

  it('recognises a two-key sequence within its time limit only', () => {
    const match = createKeyMatcher();
    const at = (now: number) => ({ candidates: scoringAndGlobal, typing: false, now });
    expect(match('g', at(0)).kind).toBe('pending');
    expect(match('l', at(100))).toMatchObject({ kind: 'match', binding: { command: 'app.goReviews' } });
    expect(match('g', at(1000)).kind).toBe('pending');
    // Too late: "a" is then the N/A key again, not "go to agents".
    expect(match('a', at(1000 + SEQUENCE_TIMEOUT_MS + 1))).toMatchObject({ kind: 'match', binding: { command: 'answer.notApplicable' } });
  });

  it('never dispatches bindings the browser performs itself', () => {
    const match = createKeyMatcher();
    expect(match('Enter', { candidates: scope('dialog'), typing: false, now: 0 }).kind).toBe('none');
  });
});

describe('player keys', () => {
  const onScoringScreen = [...scope('player'), ...scope('scoring'), ...scope('global')];
  const command = (key: string, extra: { typing?: boolean; shift?: boolean; onControl?: boolean } = {}) => {
    const result = createKeyMatcher()(key, { candidates: onScoringScreen, typing: false, now: 0, ...extra });
    return result.kind === 'match' ? result.binding.command : result.kind;
  };

  it('maps the player keys on the checklist', () => {
    expect(command('Space')).toBe('player.toggle');
    expect(command('[')).toBe('player.back5');
    expect(command(']')).toBe('player.forward5');
    expect(command('{')).toBe('player.back15');
    expect(command('}')).toBe('player.forward15');
    expect(command('<')).toBe('player.slower');
    expect(command('-')).toBe('player.slower');
    expect(command('>')).toBe('player.faster');
    expect(command('=')).toBe('player.faster');
    expect(command('t')).toBe('note.add');
  });

  it('tells Shift+T from T, while Shift+M stays met', () => {
    expect(command('t', { shift: true })).toBe('note.addReview');
    expect(command('m', { shift: true })).toBe('answer.met');
    expect(command('n', { shift: true })).toBe('answer.notMet');
  });

  it('leaves Space to a focused button (an answer, Play) and every single key to a text field', () => {
    expect(command('Space', { onControl: true })).toBe('none');
    expect(command(']', { onControl: true })).toBe('player.forward5');
    for (const key of ['Space', '[', ']', '{', '}', '<', '>', '-', '=', 't']) expect(command(key, { typing: true }), key).toBe('none');
    expect(command('t', { typing: true, shift: true })).toBe('none');
  });

  it('works from anywhere, even while typing, with Alt', () => {
    expect(command('Alt+p', { typing: true })).toBe('player.toggleAnywhere');
    expect(command('Alt+[', { typing: true })).toBe('player.back5Anywhere');
    expect(command('Alt+]', { typing: true })).toBe('player.forward5Anywhere');
    expect(command('Alt+{', { typing: true })).toBe('player.back15Anywhere');
    expect(command('Alt+}', { typing: true })).toBe('player.forward15Anywhere');
  });

  it('takes no key that scoring or the app already uses (both are live on the scoring screen)', () => {
    // A sequence's first key would start it ("g", then T is "go to team"); its second key is free on its own.
    const taken = new Set([...scope('scoring'), ...scope('global')].flatMap((b) => b.keys.map((k) => k.split(' ')[0])));
    for (const key of scope('player').flatMap((b) => b.keys)) expect(taken.has(key), key).toBe(false);
  });
});

describe('isActivatable', () => {
  it('is true where the browser presses with Space', () => {
    expect(isActivatable({ tagName: 'BUTTON' })).toBe(true);
    expect(isActivatable({ tagName: 'SUMMARY' })).toBe(true);
    expect(isActivatable({ tagName: 'INPUT', type: 'checkbox' })).toBe(true);
    expect(isActivatable({ tagName: 'A', hasAttribute: (n: string) => n === 'href' })).toBe(true);
    expect(isActivatable({ tagName: 'A', hasAttribute: () => false })).toBe(false);
    expect(isActivatable({ tagName: 'LI' })).toBe(false);
    expect(isActivatable({ tagName: 'DIV' })).toBe(false);
    expect(isActivatable(null)).toBe(false);
  });
});

describe('keymap', () => {
  it('has no key bound twice within a scope', () => {
    for (const name of ['global', 'reviews', 'scoring', 'player', 'dialog'] as const) {
      const keys = scope(name).flatMap((b) => b.keys);
      expect(new Set(keys).size, name).toBe(keys.length);
    }
  });

  it('lets only Escape and modified keys fire inside text fields', () => {
    for (const binding of keymap.filter((b) => b.inTextField)) {
      for (const key of binding.keys) expect(key === 'Escape' || /^(Mod|Alt)\+/.test(key), key).toBe(true);
    }
  });
});
