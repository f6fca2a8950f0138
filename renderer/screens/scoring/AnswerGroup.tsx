import { useRef, type KeyboardEvent } from 'react';
import type { AnswerValue } from '../../../shared/schemas/scorecard';
import type { TemplateElement } from '../../../shared/schemas/template';
import { answerOptions } from '../../model/scoring/answer-keys';
import './AnswerGroup.css';

interface Props {
  element: TemplateElement;
  value: AnswerValue | null;
  readOnly: boolean;
  labelledBy: string;
  onAnswer: (value: AnswerValue) => void;
}

/**
 * The answers of one element as a radio group: one Tab stop (the chosen answer,
 * else the first), ← and → between answers, Space or Enter to choose. ↑ and ↓
 * stay with the keymap and move between elements.
 */
export function AnswerGroup({ element, value, readOnly, labelledBy, onAnswer }: Props) {
  const options = answerOptions(element);
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  const selected = options.findIndex((o) => o.value === value);
  const tabStop = selected >= 0 ? selected : 0;

  const onKeyDown = (event: KeyboardEvent, index: number) => {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (step === 0) return;
    event.preventDefault();
    buttons.current[(index + step + options.length) % options.length]?.focus();
  };

  return (
    <div role="radiogroup" aria-labelledby={labelledBy} aria-readonly={readOnly || undefined} className={`answer-group answer-group--${element.kind}`}>
      {options.map((option, index) => {
        const checked = option.value === value;
        return (
          <button
            key={String(option.value)}
            ref={(node) => {
              buttons.current[index] = node;
            }}
            type="button"
            role="radio"
            aria-checked={checked}
            tabIndex={index === tabStop ? 0 : -1}
            disabled={readOnly}
            className={`answer-group__answer answer-group__answer--${typeof option.value === 'number' ? 'scale' : option.value}${checked ? ' is-checked' : ''}`}
            onClick={() => onAnswer(option.value)}
            onKeyDown={(event) => onKeyDown(event, index)}
          >
            {option.label}
            {option.key && !readOnly && (
              <kbd className="answer-group__key" aria-hidden="true">
                {option.key}
              </kbd>
            )}
          </button>
        );
      })}
    </div>
  );
}
