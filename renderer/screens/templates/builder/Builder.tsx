import { useEffect, useState } from 'react';
import { formatKeys } from '../../../keyboard/describe-key';
import { isMac } from '../../../keyboard/platform';
import { removeItem } from '../../../model/templates/edits';
import { useTemplateDraft } from '../../../stores/templates-draft';
import { useTemplatePublish } from '../../../stores/templates-publish';
import { BandsEditor } from './BandsEditor';
import { DraftSaveStatus } from './DraftSaveStatus';
import { ElementEditor } from './ElementEditor';
import { fieldDomId, rowDomId } from './field-ids';
import { Outline } from './Outline';
import { Preview } from './Preview';
import { Problems } from './Problems';
import { RemoveDialog } from './RemoveDialog';
import { SectionEditor } from './SectionEditor';
import { TemplateSettings } from './TemplateSettings';
import { useBuilderShortcuts } from './use-builder-shortcuts';
import './Builder.css';

/**
 * The draft of a template, keyboard-first: the outline of sections and
 * elements with the row in focus edited beside it, the template's settings,
 * its bands, a live preview and the problems that stop publishing. Every
 * change is saved as it is made (templates-draft store).
 */
export function Builder({ templateId }: { templateId: string }) {
  const outline = useTemplateDraft((s) => s.outline);
  const current = useTemplateDraft((s) => s.current);
  const focus = useTemplateDraft((s) => s.focus);
  const notice = useTemplateDraft((s) => s.notice);
  const edit = useTemplateDraft((s) => s.edit);
  const review = useTemplatePublish((s) => s.review);
  const publishOpen = useTemplatePublish((s) => s.phase !== 'closed');
  const [removing, setRemoving] = useState(false);
  const item = outline[current];

  useBuilderShortcuts({ remove: () => item && setRemoving(true), publish: () => void review(templateId) }, !removing);

  // The store asks for focus; the DOM is moved here, after the row or field is on screen.
  useEffect(() => {
    if (!focus) return;
    const id = focus.target === 'outline' ? rowDomId(current) : fieldDomId(focus.field ?? '');
    const target = document.getElementById(id);
    target?.focus();
    target?.scrollIntoView?.({ block: 'nearest' });
    // Runs once per request: `current` is read as it is when the request lands.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [focus]);

  const what = item ? `${item.kind === 'section' ? 'section' : 'element'} ${item.number}${item.kind === 'section' ? ' and its elements' : ''}` : '';

  return (
    <div className="builder">
      <div className="builder__bar">
        <DraftSaveStatus />
        <p className="builder__keys">
          Keys: <kbd>↑</kbd>/<kbd>↓</kbd> rows, <kbd>Enter</kbd> edit, <kbd>Esc</kbd> back, <kbd>E</kbd> new element, <kbd>S</kbd> new section, <kbd>{formatKeys('Alt+ArrowUp', isMac())}</kbd>/
          <kbd>{formatKeys('Alt+ArrowDown', isMac())}</kbd> move, <kbd>Delete</kbd> remove, <kbd>?</kbd> all keys.
        </p>
        <button type="button" className="button button--primary" disabled={publishOpen} onClick={() => void review(templateId)}>
          Review and publish… <kbd>{formatKeys('Mod+Enter', isMac())}</kbd>
        </button>
      </div>
      <p role="status" className="builder__notice">
        {notice}
      </p>
      <TemplateSettings />
      <div className="builder__main">
        <section className="builder__outline" aria-labelledby="builder-outline-title">
          <h2 id="builder-outline-title">Sections and elements</h2>
          <Outline />
        </section>
        <section className="panel builder__editor" aria-labelledby="builder-editor-title">
          <h2 id="builder-editor-title">{item ? `${item.kind === 'section' ? 'Section' : 'Element'} ${item.number}` : 'Nothing selected'}</h2>
          {item?.kind === 'section' && <SectionEditor index={item.section} />}
          {item?.kind === 'element' && <ElementEditor section={item.section} index={item.element} />}
          {!item && <p className="empty">The template has no section yet: press S to add one.</p>}
        </section>
      </div>
      <BandsEditor />
      <Preview />
      <Problems />
      {removing && item && (
        <RemoveDialog
          what={what}
          onClose={() => setRemoving(false)}
          onConfirm={() => {
            setRemoving(false);
            edit((t) => removeItem(t, item), item.kind === 'element' ? { ...item, element: Math.max(0, item.element - 1) } : { kind: 'section', section: Math.max(0, item.section - 1) });
            useTemplateDraft.getState().select(useTemplateDraft.getState().current);
          }}
        />
      )}
    </div>
  );
}
