import { useShortcuts } from '../../../keyboard/use-shortcuts';
import { addElement, addSection, moveItem } from '../../../model/templates/edits';
import { useTemplateDraft } from '../../../stores/templates-draft';
import { elementField, fieldDomId, sectionField } from './field-ids';

interface Actions {
  /** Asks before removing the current row. */
  remove(): void;
  publish(): void;
}

/** Binds the keymap's "templates" commands to the open draft. */
export function useBuilderShortcuts(actions: Actions, enabled: boolean): void {
  const s = useTemplateDraft.getState;
  const item = () => s().outline[s().current];
  const focusDom = (id: string) => document.getElementById(id)?.focus();

  useShortcuts(
    'templates',
    {
      'builder.next': () => s().select(s().current + 1),
      'builder.previous': () => s().select(s().current - 1),
      'builder.first': () => s().select(0),
      'builder.last': () => s().select(s().outline.length - 1),
      'builder.edit': () => {
        const at = item();
        if (!at) return;
        const field = at.kind === 'section' ? sectionField(at.section, 'title') : elementField(at.section, at.element, 'label');
        s().focusField([], field);
      },
      'builder.back': () => {
        const active = document.activeElement;
        if (active instanceof HTMLElement && active.closest('.builder')) s().select(s().current);
      },
      'builder.addElement': () => {
        const at = item();
        if (!at) return;
        const after = at.kind === 'section' ? -1 : at.element;
        s().edit((t) => addElement(t, at.section, after), { kind: 'element', section: at.section, element: after + 1 });
        s().select(s().current);
      },
      'builder.addSection': () => {
        const at = item();
        const after = at ? at.section : -1;
        s().edit((t) => addSection(t, after), { kind: 'section', section: after + 1 });
        s().select(s().current);
      },
      'builder.moveUp': () => move(-1),
      'builder.moveDown': () => move(1),
      'builder.remove': () => actions.remove(),
      'builder.settings': () => focusDom(fieldDomId('name')),
      'builder.bands': () => focusDom(fieldDomId('bands[0].label')),
      'builder.preview': () => focusDom('template-preview'),
      'builder.publish': () => actions.publish(),
    },
    enabled,
  );

  function move(step: -1 | 1) {
    const at = item();
    const template = s().template;
    if (!at || !template) return;
    const moved = moveItem(template, at, step);
    if (!moved) {
      s().setNotice(`${at.kind === 'section' ? 'Section' : 'Element'} ${at.number} cannot move further ${step < 0 ? 'up' : 'down'}.`);
      return;
    }
    s().edit(() => moved.template, moved.item);
    s().select(s().current);
  }
}
