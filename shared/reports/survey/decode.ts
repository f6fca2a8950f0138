/**
 * A survey file's bytes as text. Survey tools and spreadsheets write UTF-8
 * (with or without a byte-order mark), UTF-16 ("Unicode text") or an older
 * Windows code page; the user says which when it is not marked, and a file
 * that is not what it claims is refused with the reason, never half read.
 */
export type SurveyEncoding = 'utf-8' | 'windows-1252';

export type Decoded = { ok: true; text: string; encoding: string } | { ok: false; message: string };

export function decodeSurveyBytes(bytes: Uint8Array, encoding: SurveyEncoding): Decoded {
  if (bytes.length === 0) return { ok: false, message: 'The file is empty.' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { ok: true, text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'UTF-16 LE' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { ok: true, text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'UTF-16 BE' };
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = bom ? bytes.subarray(3) : bytes;
  if (body.includes(0)) {
    return { ok: false, message: 'The file holds zero bytes: it is UTF-16 without a byte-order mark, or not a text file at all. Save it from the spreadsheet as "CSV UTF-8" and import that.' };
  }
  if (bom || encoding === 'utf-8') {
    try {
      return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(body), encoding: 'UTF-8' };
    } catch {
      const at = firstInvalidUtf8(body);
      return {
        ok: false,
        message: `The file is not UTF-8 text (byte ${at + 1} is 0x${(body[at] ?? 0).toString(16).toUpperCase()}, which UTF-8 never has there). If it came from an older Excel, choose the encoding "Windows-1252 (Western)"; or save it as "CSV UTF-8".`,
      };
    }
  }
  return { ok: true, text: new TextDecoder('windows-1252').decode(body), encoding: 'Windows-1252' };
}

/** The offset of the first byte that breaks UTF-8, to name it in the message. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const extra = b < 0x80 ? 0 : b >= 0xc2 && b < 0xe0 ? 1 : b >= 0xe0 && b < 0xf0 ? 2 : b >= 0xf0 && b < 0xf5 ? 3 : -1;
    if (extra < 0) return i;
    for (let k = 1; k <= extra; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    i += extra + 1;
  }
  return Math.max(0, bytes.length - 1);
}
