import type { ReactNode } from 'react';
import './CalibrationTag.css';

/** A small label beside a participant's name: "Reference", or a warning such as "Late". */
export function CalibrationTag({ children, tone = 'info' }: { children: ReactNode; tone?: 'info' | 'warning' }) {
  return <span className={`calibration-tag calibration-tag--${tone}`}>{children}</span>;
}
