import { memo, useMemo } from 'react';
import { itemOfPath, type OutlineItem } from '../../../model/templates/outline';
import type { BuilderElement, BuilderSection } from '../../../model/templates/draft-model';
import { useTemplateDraft } from '../../../stores/templates-draft';
import { rowDomId } from './field-ids';
import { elementTags } from './element-tags';
import './Outline.css';

interface RowProps {
  index: number;
  /** Kept from the last outline while the row did not move (outlineOf), so an unchanged row skips rendering. */
  item: OutlineItem;
  subject: BuilderSection | BuilderElement;
  hasProblem: boolean;
  onSelect: (index: number) => void;
  onFocus: (index: number) => void;
}

/** One row: a section, or an element with what sets it apart (scale, critical, comment rule). Re-renders only when it changes. */
const OutlineRow = memo(function OutlineRow({ index, item, subject, hasProblem, onSelect, onFocus }: RowProps) {
  // Each row watches whether it is the current one, so moving down the outline re-renders two rows, not the list.
  const current = useTemplateDraft((s) => s.current === index);
  const isSection = item.kind === 'section';
  const text = isSection ? (subject as BuilderSection).title : (subject as BuilderElement).label;
  const tags = isSection ? [] : elementTags(subject as BuilderElement);
  return (
    <li
      id={rowDomId(index)}
      className={`outline__row outline__row--${item.kind}${current ? ' is-current' : ''}${hasProblem ? ' is-invalid' : ''}`}
      tabIndex={current ? 0 : -1}
      aria-current={current ? 'true' : undefined}
      aria-label={`${isSection ? 'Section' : 'Element'} ${item.number}: ${text || '(no text yet)'}${tags.length ? `, ${tags.join(', ')}` : ''}${hasProblem ? ', has a problem' : ''}`}
      onClick={() => onSelect(index)}
      onFocus={() => onFocus(index)}
    >
      <span className="outline__number">{item.number}</span>
      <span className="outline__text">{text || <em>(no text yet)</em>}</span>
      {tags.map((tag) => (
        <span key={tag} className="outline__tag">
          {tag}
        </span>
      ))}
      {hasProblem && <span className="outline__problem" aria-hidden="true">!</span>}
    </li>
  );
});

/** Which rows have a problem, by "s" or "s.e". */
const problemRows = (paths: readonly (readonly (string | number)[])[]) =>
  new Set(
    paths.flatMap((path) => {
      const item = itemOfPath(path);
      return item ? [item.element === undefined ? `${item.section}` : `${item.section}.${item.element}`] : [];
    }),
  );

/**
 * The template's sections and elements, one row each, keyboard-first like the
 * scoring checklist: one row in focus, ↑/↓ (J/K) move, single keys add, move
 * and remove rows (the key sheet lists them), Enter edits the row.
 */
export const Outline = memo(function Outline() {
  const outline = useTemplateDraft((s) => s.outline);
  const sections = useTemplateDraft((s) => s.template?.sections ?? []);
  const errors = useTemplateDraft((s) => s.errors);
  const select = useTemplateDraft((s) => s.select);
  const setCurrent = useTemplateDraft((s) => s.setCurrent);
  const problems = useMemo(() => problemRows(errors.map((e) => e.path)), [errors]);

  return (
    <ol className="outline" aria-label="Outline: sections and elements">
      {outline.map((item, index) => {
        const section = sections[item.section]!;
        const subject = item.kind === 'section' ? section : section.elements[item.element]!;
        const key = item.kind === 'section' ? `${item.section}` : `${item.section}.${item.element}`;
        return <OutlineRow key={key} index={index} item={item} subject={subject} hasProblem={problems.has(key)} onSelect={select} onFocus={setCurrent} />;
      })}
    </ol>
  );
});
