/**
 * Random access to a file's bytes without Node: the format sniffers in shared/
 * read headers through this, the backend implements it over a file handle and
 * tests over a plain array.
 */
export interface ByteSource {
  readonly size: number;
  /** Up to `length` bytes at `offset`; fewer at the end of the file. */
  read(offset: number, length: number): Promise<Uint8Array>;
}

export function bytesSource(bytes: Uint8Array): ByteSource {
  return { size: bytes.length, read: async (offset, length) => bytes.subarray(offset, Math.min(bytes.length, offset + length)) };
}

export const ascii = (b: Uint8Array, at: number, length: number): string => {
  let s = '';
  for (let i = at; i < at + length && i < b.length; i++) s += String.fromCharCode(b[i] ?? 0);
  return s;
};

export const u8 = (b: Uint8Array, at: number): number => b[at] ?? 0;
export const u16le = (b: Uint8Array, at: number): number => u8(b, at) | (u8(b, at + 1) << 8);
export const u32le = (b: Uint8Array, at: number): number => (u16le(b, at) + u16le(b, at + 2) * 0x10000);
export const u16be = (b: Uint8Array, at: number): number => (u8(b, at) << 8) | u8(b, at + 1);
export const u32be = (b: Uint8Array, at: number): number => u16be(b, at) * 0x10000 + u16be(b, at + 2);
/** 64-bit values as numbers: exact below 2^53, which any real duration or offset is. */
export const u64be = (b: Uint8Array, at: number): number => u32be(b, at) * 0x1_0000_0000 + u32be(b, at + 4);
export const u64le = (b: Uint8Array, at: number): number => u32le(b, at) + u32le(b, at + 4) * 0x1_0000_0000;
