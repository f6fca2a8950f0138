import { Fragment } from 'react';
import { formatKeys } from '../keyboard/describe-key';
import { keymap, scopeNotes, scopeTitles, type Scope } from '../keyboard/keymap';
import { isMac } from '../keyboard/platform';
import { Dialog } from './Dialog';
import './ShortcutSheet.css';

const scopes = Object.keys(scopeTitles) as Scope[];

/** The "?" sheet: generated from the keymap, so it always lists exactly the keys that work. */
export function ShortcutSheet({ onClose }: { onClose: () => void }) {
  const mac = isMac();
  return (
    <Dialog title="Keyboard shortcuts" onClose={onClose} className="shortcut-sheet">
      <div className="shortcut-sheet__groups">
        {scopes.map((scope) => {
          const bindings = keymap.filter((b) => b.scope === scope);
          if (bindings.length === 0) return null;
          return (
            <section key={scope} aria-labelledby={`shortcuts-${scope}`}>
              <h3 id={`shortcuts-${scope}`}>{scopeTitles[scope]}</h3>
              {scopeNotes[scope] && <p className="shortcut-sheet__note">{scopeNotes[scope]}</p>}
              <dl className="shortcut-sheet__list">
                {bindings.map((binding) => (
                  <Fragment key={binding.command}>
                    <dt>
                      {binding.display ? (
                        <kbd>{binding.display}</kbd>
                      ) : (
                        binding.keys.map((key, i) => (
                          <Fragment key={key}>
                            {i > 0 && <span className="shortcut-sheet__or"> or </span>}
                            <kbd>{formatKeys(key, mac)}</kbd>
                          </Fragment>
                        ))
                      )}
                    </dt>
                    <dd>{binding.description}</dd>
                  </Fragment>
                ))}
              </dl>
            </section>
          );
        })}
      </div>
      <p className="shortcut-sheet__hint">Single-key shortcuts pause while you type in a text field; Esc takes you back out.</p>
      <div className="dialog__actions">
        <button type="button" className="button" onClick={onClose} data-autofocus>
          Close
        </button>
      </div>
    </Dialog>
  );
}
