import type { IncomingMessage, ServerResponse } from 'node:http';
import { Printable, PdfFileName, printableHash } from '../../../shared/desktop/printable';
import { describeIssuesSafely } from '../../../shared/sync/safe-issues';
import { BodyError, readJsonBody } from '../read-body';
import { tokenMatches } from '../token';

export const PRINT_PATH = '/print.pdf';

export interface PrintRouteOptions {
  token: string;
  isOwnOrigin(origin: string): boolean;
  /** Prints the app's page at this route hash (e.g. `#/coaching/session/<id>/pack`) to PDF bytes. */
  print(hash: string): Promise<Buffer>;
  securityHeaders: Record<string, string>;
}

/**
 * POST /print.pdf on the browser host, with the API token: one of the app's
 * printable pages (shared/desktop/printable.ts: a fixed list, never a URL the
 * caller chooses) printed by the host's own Chromium, answered as a PDF
 * download under the file name asked for.
 */
export async function servePrintRoute(req: IncomingMessage, res: ServerResponse, o: PrintRouteOptions): Promise<void> {
  const refuse = (status: number, message: string) =>
    res.writeHead(status, { ...o.securityHeaders, 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' }).end(message);
  if (req.method !== 'POST') return void refuse(405, 'Printing is a POST request.');
  if (req.headers.origin !== undefined && !o.isOwnOrigin(req.headers.origin)) return void refuse(403, 'Cross-origin calls are refused.');
  if (!tokenMatches(o.token, req.headers.authorization)) return void refuse(401, 'Missing or wrong access token: open the URL the host printed.');
  let body: unknown;
  try {
    body = await readJsonBody(req);
  } catch (error) {
    return void refuse(400, error instanceof BodyError ? error.message : 'Could not read the request.');
  }
  const printable = Printable.safeParse((body as { printable?: unknown } | null)?.printable);
  const name = PdfFileName.safeParse((body as { fileName?: unknown } | null)?.fileName);
  if (!printable.success) return void refuse(400, `printable: ${describeIssuesSafely(printable.error)}`);
  if (!name.success) return void refuse(400, `fileName: ${describeIssuesSafely(name.error)}`);
  let pdf: Buffer;
  try {
    pdf = await o.print(printableHash(printable.data));
  } catch (error) {
    return void refuse(503, `The PDF could not be made here (${error instanceof Error ? error.message : String(error)}): use your browser’s Print, then Save as PDF.`);
  }
  res
    .writeHead(200, {
      ...o.securityHeaders,
      'Content-Type': 'application/pdf',
      'Content-Length': String(pdf.length),
      'Content-Disposition': `attachment; filename="${name.data}"`,
      'Cache-Control': 'no-store',
    })
    .end(pdf);
}
