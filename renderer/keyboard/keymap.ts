/**
 * Every keyboard shortcut in the app, in one table. The key handler and the
 * shortcut sheet both read it, so a binding added here is live and documented
 * at once. A screen makes a scope's bindings work by registering handlers for
 * their commands (useShortcuts); bindings of scopes not on screen are ignored.
 *
 * Keys are descriptors as produced by describeKey: a lower-case letter, a
 * digit, a printable character ("?"), a DOM key name ("ArrowDown", "Escape"),
 * optionally prefixed with "Mod+" (Ctrl, or ⌘ on a Mac), "Alt+", "Shift+".
 * A space between descriptors is a sequence: "g l" is G, then L.
 */
export type Scope = 'global' | 'reviews' | 'scoring' | 'player' | 'templates' | 'dialog';

export interface KeyBinding {
  command: string;
  keys: readonly string[];
  description: string;
  scope: Scope;
  /** How the sheet shows the keys when listing each would be noise (e.g. "0 – 9"). */
  display?: string;
  /** Fires even while the user is typing in a text field. Only for modified keys and Escape. */
  inTextField?: boolean;
  /**
   * Done by the browser itself (a focused button activated by Enter); listed so
   * the sheet is complete, never dispatched.
   */
  native?: boolean;
  /**
   * Leaves the key to a focused button, link or checkbox, which the browser
   * activates with it (Space on an answer button chooses that answer).
   */
  notOnControls?: boolean;
}

export const scopeTitles: Record<Scope, string> = {
  global: 'Anywhere',
  reviews: 'Reviews list',
  scoring: 'Scoring a review',
  player: 'Recording, live clock and notes (scoring screen)',
  templates: 'Building a template',
  dialog: 'In a dialog',
};

/** How a scope's keys work together, shown under its title in the sheet. */
export const scopeNotes: Partial<Record<Scope, string>> = {
  scoring:
    'Mark it, then say why: an answer key moves on to the next element at once, but the element you just answered stays marked "just answered", and C or T go to it. The mark goes when you move, answer again or press Esc.',
};

const digits = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'];

export const keymap: readonly KeyBinding[] = [
  { scope: 'global', command: 'app.shortcuts', keys: ['?'], description: 'Show this list of shortcuts' },
  { scope: 'global', command: 'app.goReviews', keys: ['g l', 'Alt+l'], description: 'Go to the reviews list' },
  { scope: 'global', command: 'app.goNewReview', keys: ['g n', 'Alt+n'], description: 'Start a new review' },
  { scope: 'global', command: 'app.goAgents', keys: ['g a'], description: 'Go to agents' },
  { scope: 'global', command: 'app.goTeam', keys: ['g t'], description: 'Go to the team’s shared scorecards' },
  { scope: 'global', command: 'app.goSync', keys: ['g s'], description: 'Go to sync: targets, what is sent, failed or waiting' },
  { scope: 'global', command: 'app.goTemplates', keys: ['g f'], description: 'Go to templates (scorecard forms): build, version, import and export them' },

  { scope: 'reviews', command: 'list.next', keys: ['ArrowDown', 'j'], description: 'Next review in the list' },
  { scope: 'reviews', command: 'list.previous', keys: ['ArrowUp', 'k'], description: 'Previous review in the list' },
  { scope: 'reviews', command: 'list.open', keys: ['Enter'], description: 'Open the highlighted review', native: true },

  { scope: 'scoring', command: 'element.next', keys: ['ArrowDown', 'j'], description: 'Next element' },
  { scope: 'scoring', command: 'element.previous', keys: ['ArrowUp', 'k'], description: 'Previous element' },
  { scope: 'scoring', command: 'element.first', keys: ['Home'], description: 'First element' },
  { scope: 'scoring', command: 'element.last', keys: ['End'], description: 'Last element' },
  { scope: 'scoring', command: 'answer.met', keys: ['m', 'y'], description: 'Met — then moves to the next element' },
  { scope: 'scoring', command: 'answer.notMet', keys: ['n', 'x'], description: 'Not met — then moves to the next element' },
  { scope: 'scoring', command: 'answer.notApplicable', keys: ['a'], description: 'Not applicable (where allowed) — then moves on' },
  {
    scope: 'scoring',
    command: 'answer.scale',
    keys: digits,
    display: '0 – 10',
    description: 'Scale value for a scale element — then moves on. 10 is 1 then 0, typed quickly; on a scale that reaches 10, a 1 waits a moment for the 0 (Enter answers 1 at once)',
  },
  { scope: 'scoring', command: 'answer.scaleConfirm', keys: ['Enter'], description: 'Answer the scale digit typed so far (a 1 waiting for a 0)', notOnControls: true },
  { scope: 'scoring', command: 'answer.clear', keys: ['Backspace', 'Delete'], description: 'Clear the answer of the element' },
  { scope: 'scoring', command: 'comment.open', keys: ['c'], description: 'Comment on the element just answered (else the one in focus); Esc comes back' },
  { scope: 'scoring', command: 'comment.leave', keys: ['Escape'], description: 'Leave the comment box, back to the element', inTextField: true },
  { scope: 'scoring', command: 'review.complete', keys: ['Mod+Enter'], description: 'Complete the review (asks to confirm)', inTextField: true },

  // The builder's outline works like the checklist: one row in focus, single keys act on it.
  { scope: 'templates', command: 'builder.next', keys: ['ArrowDown', 'j'], description: 'Next row of the outline' },
  { scope: 'templates', command: 'builder.previous', keys: ['ArrowUp', 'k'], description: 'Previous row of the outline' },
  { scope: 'templates', command: 'builder.first', keys: ['Home'], description: 'First row' },
  { scope: 'templates', command: 'builder.last', keys: ['End'], description: 'Last row' },
  { scope: 'templates', command: 'builder.edit', keys: ['Enter'], description: 'Edit the row: to its first field', notOnControls: true },
  { scope: 'templates', command: 'builder.back', keys: ['Escape'], description: 'From a field back to its row in the outline', inTextField: true },
  { scope: 'templates', command: 'builder.addElement', keys: ['e'], description: 'New element below the row' },
  { scope: 'templates', command: 'builder.addSection', keys: ['s'], description: 'New section after the row’s section' },
  { scope: 'templates', command: 'builder.moveUp', keys: ['Alt+ArrowUp'], description: 'Move the row up (an element at the top of its section goes to the section above)' },
  { scope: 'templates', command: 'builder.moveDown', keys: ['Alt+ArrowDown'], description: 'Move the row down' },
  { scope: 'templates', command: 'builder.remove', keys: ['Delete'], description: 'Remove the row (asks first)' },
  { scope: 'templates', command: 'builder.settings', keys: ['t'], description: 'To the template’s name, target and weights' },
  { scope: 'templates', command: 'builder.bands', keys: ['b'], description: 'To the bands' },
  { scope: 'templates', command: 'builder.preview', keys: ['v'], description: 'To the preview: sample scores and where 69.99, 70, 90 and 90.01 land' },
  { scope: 'templates', command: 'builder.publish', keys: ['Mod+Enter'], description: 'Review the draft and publish it', inTextField: true },

  // Player keys are punctuation or T so they never take an answer key (M Y N X A C J K, digits); Alt+… works while typing.
  { scope: 'player', command: 'player.toggle', keys: ['Space'], description: 'Play or pause (a live review: start or pause the clock)', notOnControls: true },
  { scope: 'player', command: 'player.back5', keys: ['['], description: 'Back 5 seconds' },
  { scope: 'player', command: 'player.forward5', keys: [']'], description: 'Forward 5 seconds' },
  { scope: 'player', command: 'player.back15', keys: ['{'], display: '{ (Shift+[)', description: 'Back 15 seconds' },
  { scope: 'player', command: 'player.forward15', keys: ['}'], display: '} (Shift+])', description: 'Forward 15 seconds' },
  { scope: 'player', command: 'player.slower', keys: ['<', '-'], description: 'Slower, down to 0.5× (pitch kept)' },
  { scope: 'player', command: 'player.faster', keys: ['>', '='], description: 'Faster, up to 2× (pitch kept)' },
  {
    scope: 'player',
    command: 'note.add',
    keys: ['t'],
    description: 'Note at the current time on the element just answered (else the one in focus); type it, then Enter or Esc goes back',
  },
  { scope: 'player', command: 'player.zoomIn', keys: ['z'], description: 'Zoom in on the waveform, around the playhead' },
  { scope: 'player', command: 'player.zoomOut', keys: ['Shift+z'], description: 'Zoom out' },
  { scope: 'player', command: 'player.goTo', keys: [':', 'Alt+g'], description: 'Go to a time: type it (12:30, 1:02:03), Enter plays from there' },
  { scope: 'player', command: 'note.addReview', keys: ['Shift+t'], description: 'Note at the current time on the whole review' },
  { scope: 'player', command: 'player.toggleAnywhere', keys: ['Alt+p'], description: 'Play or pause — from anywhere, even while typing', inTextField: true },
  { scope: 'player', command: 'player.back5Anywhere', keys: ['Alt+['], description: 'Back 5 seconds — from anywhere', inTextField: true },
  { scope: 'player', command: 'player.forward5Anywhere', keys: ['Alt+]'], description: 'Forward 5 seconds — from anywhere', inTextField: true },
  { scope: 'player', command: 'player.back15Anywhere', keys: ['Alt+{'], description: 'Back 15 seconds (Alt+Shift+[) — from anywhere', inTextField: true },
  { scope: 'player', command: 'player.forward15Anywhere', keys: ['Alt+}'], description: 'Forward 15 seconds (Alt+Shift+]) — from anywhere', inTextField: true },

  { scope: 'dialog', command: 'dialog.confirm', keys: ['Enter'], description: 'Confirm (the highlighted button)', native: true },
  {
    scope: 'dialog',
    command: 'dialog.submit',
    keys: ['Mod+Enter'],
    description: 'Confirm a dialog you type into (there Enter starts a new line)',
    inTextField: true,
  },
  { scope: 'dialog', command: 'dialog.close', keys: ['Escape'], description: 'Cancel and close', inTextField: true },
];
