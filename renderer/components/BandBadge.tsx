import type { BandTone } from '../format/band-tone';

interface Props {
  label: string;
  tone: BandTone;
  provisional?: boolean;
  size?: 'small' | 'large';
}

/** A band is always named; the colour only helps recognition at a glance. */
export function BandBadge({ label, tone, provisional, size = 'small' }: Props) {
  return (
    <span className={`band band-${tone} band-${size}`}>
      <span className="band-dot" aria-hidden="true" />
      {label}
      {provisional && <span className="band-provisional"> (provisional)</span>}
    </span>
  );
}
