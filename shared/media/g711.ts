/** G.711 µ-law and A-law expansion to 16-bit linear (ITU-T G.711), as lookup tables. */
function mulaw(u: number): number {
  const x = ~u & 0xff;
  const t = (((x & 0x0f) << 3) + 0x84) << ((x & 0x70) >> 4);
  return x & 0x80 ? 0x84 - t : t - 0x84;
}

function alaw(a: number): number {
  const x = a ^ 0x55;
  const seg = (x & 0x70) >> 4;
  let t = (x & 0x0f) << 4;
  if (seg === 0) t += 8;
  else t = (t + 0x108) << (seg - 1);
  return x & 0x80 ? t : -t;
}

export const MULAW_TO_LINEAR = Int16Array.from({ length: 256 }, (_, i) => mulaw(i));
export const ALAW_TO_LINEAR = Int16Array.from({ length: 256 }, (_, i) => alaw(i));
