/**
 * Turns what a server sent back with an error into one short line a reviewer
 * can read: the `message` / `error` / `detail` / `title` of a JSON body
 * (including RFC 9457 problem+json), the <title> of an HTML page, or the
 * first part of plain text. Control characters are removed so a hostile
 * server cannot draw on the page or the log, and the length is capped.
 */
const MAX_CHARS = 300;

export function serverMessage(body: string, contentType: string | null): string | null {
  const text = body.trim();
  if (text === '') return null;
  const type = (contentType ?? '').toLowerCase();
  if (type.includes('json') || text.startsWith('{')) {
    const fromJson = messageFromJson(text);
    if (fromJson !== null) return tidy(fromJson);
    if (type.includes('json')) return null;
  }
  if (type.includes('html') || /^<(!doctype|html)/i.test(text)) {
    const title = /<title[^>]*>([^<]*)<\/title>/i.exec(text)?.[1];
    return title ? tidy(title) : null;
  }
  return tidy(text);
}

function messageFromJson(text: string): string | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof parsed === 'string') return parsed;
  if (typeof parsed !== 'object' || parsed === null) return null;
  const record = parsed as Record<string, unknown>;
  for (const key of ['message', 'error_description', 'detail', 'error', 'title']) {
    const value = record[key];
    if (typeof value === 'string' && value.trim() !== '') return value;
    if (typeof value === 'object' && value !== null) {
      const nested = (value as Record<string, unknown>).message;
      if (typeof nested === 'string' && nested.trim() !== '') return nested;
    }
  }
  return null;
}

function tidy(text: string): string | null {
  // eslint-disable-next-line no-control-regex
  const flat = text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]+/g, ' ').replace(/\s+/g, ' ').trim();
  if (flat === '') return null;
  return flat.length > MAX_CHARS ? `${flat.slice(0, MAX_CHARS - 1)}…` : flat;
}
