import { useScoring } from '../../stores/scoring';
import { commentDomId } from '../../model/scoring/elements';
import './CommentField.css';

interface Props {
  elementId: string;
  number: string;
  readOnly: boolean;
  required: boolean;
}

/** A comment box that stays out of the way until wanted (C, or the button), and saves as you type. */
export function CommentField({ elementId, number, readOnly, required }: Props) {
  const text = useScoring((s) => s.comments[elementId] ?? '');
  const open = useScoring((s) => s.openComments[elementId] ?? false);
  const setComment = useScoring((s) => s.setComment);
  const openComment = useScoring((s) => s.openComment);
  const flushComments = useScoring((s) => s.flushComments);
  const id = commentDomId(elementId);

  if (readOnly) {
    return text ? (
      <div className="comment-field__readonly">
        <span className="comment-field__label">Comment</span>
        <p>{text}</p>
      </div>
    ) : null;
  }
  if (!open && !text && !required) {
    return (
      // The name starts with the words shown ("Comment"), so speech control finds it by what it says (WCAG 2.5.3).
      <button type="button" className="link-button comment-field__open" onClick={() => openComment(elementId)}>
        Comment <span className="u-visually-hidden">on {number}</span> <kbd aria-hidden="true">C</kbd>
      </button>
    );
  }
  return (
    <div className="comment-field__editor">
      <label htmlFor={id} className="comment-field__label">
        Comment on {number}
        {required && <span className="comment-field__required"> (required)</span>}
      </label>
      <textarea id={id} value={text} rows={2} maxLength={20_000} onChange={(e) => setComment(elementId, e.target.value)} onBlur={flushComments} />
    </div>
  );
}
