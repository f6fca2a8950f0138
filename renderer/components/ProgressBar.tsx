import './ProgressBar.css';
interface Props {
  value: number;
  max: number;
  /** Names the bar for screen readers, e.g. "Sending to Team share". */
  label: string;
  /** The same progress in words, shown beside the bar: "12 of 40 scorecards". */
  text: string;
}

/**
 * A native <progress>: it is a progressbar to assistive technology without
 * extra roles, and aria-valuetext gives the words rather than a percentage.
 */
export function ProgressBar({ value, max, label, text }: Props) {
  const safeMax = Math.max(1, max);
  return (
    <div className="progress-bar">
      <progress value={Math.min(value, safeMax)} max={safeMax} aria-label={label} aria-valuetext={text} />
      <span className="progress-bar__text">{text}</span>
    </div>
  );
}
