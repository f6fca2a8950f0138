/**
 * Φ⁻¹(0.975), the standard normal quantile behind every two-sided 95 % interval
 * that rests on the normal approximation (Wilson's score interval, Fisher's z).
 * Abramowitz & Stegun (1964), Table 26.5, to double precision.
 */
export const Z_95 = 1.959963984540054;
