import type { IncomingMessage } from 'node:http';

export class BodyError extends Error {}

const MAX_BODY_BYTES = 10 * 1024 * 1024;

/** Reads a JSON request body with a size cap; an empty body means "no input". */
export async function readJsonBody(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) throw new BodyError('The request is too large.');
    chunks.push(chunk);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  if (text.trim() === '') return {};
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new BodyError('The request body is not valid JSON.');
  }
}
