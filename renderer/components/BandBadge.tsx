import type { BandTone } from '../format/band-tone';
import './BandBadge.css';

interface Props {
  label: string;
  /** Neutral: named without a colour, where the colour cannot be known (a colleague's import). */
  tone: BandTone | 'neutral';
  provisional?: boolean;
  size?: 'small' | 'large';
}

/** A band is always named; the colour only helps recognition at a glance. */
export function BandBadge({ label, tone, provisional, size = 'small' }: Props) {
  return (
    <span className={`band-badge band-badge--${tone} band-badge--${size}`}>
      {tone !== 'neutral' && <span className="band-badge__dot" aria-hidden="true" />}
      {label}
      {provisional && <span className="band-badge__provisional"> (provisional)</span>}
    </span>
  );
}
