import type { AgreementFiguresView } from '../../../../shared/calibration';

type Figure = AgreementFiguresView['percent'];

/** A coefficient to two decimals with a real minus sign; a share as a whole percentage. */
export const formatCoefficient = (value: number) => value.toFixed(2).replace('-', '−');
export const formatShare = (value: number) => `${Math.round(value * 100)} %`;
export const formatPoints = (points: number) => `${points > 0 ? '+' : points < 0 ? '−' : '±'}${Math.abs(points).toFixed(1)}`;

/** Every figure an element or the whole call has, named as docs/calibration.md names them; absent ones left out. */
export function figureRows(figures: AgreementFiguresView): { name: string; figure: Figure; share: boolean }[] {
  const rows: { name: string; figure: Figure | null; share: boolean }[] = [
    { name: 'Percent agreement', figure: figures.percent, share: true },
    { name: 'Gwet’s AC1', figure: figures.gwetAc1, share: false },
    { name: 'Fleiss’ kappa', figure: figures.fleissKappa, share: false },
    { name: 'Cohen’s kappa', figure: figures.cohenKappa, share: false },
    { name: 'Krippendorff’s alpha (nominal)', figure: figures.alphaNominal, share: false },
    { name: 'Krippendorff’s alpha (ordinal)', figure: figures.alphaOrdinal, share: false },
    { name: 'Krippendorff’s alpha (interval)', figure: figures.alphaInterval, share: false },
  ];
  return rows.filter((r): r is { name: string; figure: Figure; share: boolean } => r.figure !== null);
}
