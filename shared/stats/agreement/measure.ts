import { cohenKappa } from './cohen-kappa';
import { fleissKappa } from './fleiss-kappa';
import { gwetAc1 } from './gwet-ac1';
import { krippendorffAlpha } from './krippendorff-alpha';
import { percentAgreement } from './percent-agreement';
import { tally, type Agreement, type Category, type RatingTable } from './ratings';

export interface AgreementFigures {
  percent: Agreement;
  fleissKappa: Agreement;
  gwetAc1: Agreement;
  alphaNominal: Agreement;
  /** Only for answers on an ordered numeric scale (scale elements); null otherwise. */
  alphaOrdinal: Agreement | null;
  alphaInterval: Agreement | null;
  /** Only when there are exactly two raters; null otherwise. */
  cohenKappa: Agreement | null;
}

/**
 * Every agreement figure a calibration result shows, from one count of the
 * ratings. `scale` says the categories are the points of a numeric scale in
 * order (not applicable left out, as missing), so ordinal and interval alpha apply.
 */
export function measureAgreement<C extends Category>(table: RatingTable<C>, options: { scale: boolean }): AgreementFigures {
  const counted = tally(table);
  const twoRaters = table.units.length > 0 && table.units.every((row) => row.length === 2);
  return {
    percent: percentAgreement(counted),
    fleissKappa: fleissKappa(counted),
    gwetAc1: gwetAc1(counted),
    alphaNominal: krippendorffAlpha(counted, 'nominal'),
    alphaOrdinal: options.scale ? krippendorffAlpha(counted, 'ordinal') : null,
    alphaInterval: options.scale ? krippendorffAlpha(counted, 'interval') : null,
    cohenKappa: twoRaters ? cohenKappa(table) : null,
  };
}
