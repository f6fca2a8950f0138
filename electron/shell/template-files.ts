import fs from 'node:fs/promises';
import path from 'node:path';
import type { Envelope } from '../../shared/api';
import { ImportOutcome } from '../../shared/api/templates';
import { MAX_TEMPLATE_DOCUMENT_CHARS } from '../../shared/templates/document';

/** The file association's extension (electron-builder.yml): a scorecard template exported as JSON. */
export const TEMPLATE_FILE_SUFFIX = '.callmark-template.json';

/** Template files among command-line arguments (how Windows and Linux open a file with the app), as full paths. */
export function templateFilesIn(argv: readonly string[], workingDirectory: string): string[] {
  return argv.filter((arg) => !arg.startsWith('-') && arg.toLowerCase().endsWith(TEMPLATE_FILE_SUFFIX)).map((arg) => path.resolve(workingDirectory, arg));
}

/** What opening a template file did, in the words of the message box that says so. */
export interface TemplateFileResult {
  imported: boolean;
  detail: string;
}

type CallBackend = (name: string, input: unknown) => Promise<Envelope<unknown>>;

/**
 * Opening a template file with the app (double-click, "Open with") imports it
 * as the Templates screen's Import does: the main process reads the file the
 * user pointed at (the page never sees a path) and hands its text to
 * `templates.import`, which validates it like any other file.
 */
export async function importTemplateFile(file: string, callBackend: CallBackend): Promise<TemplateFileResult> {
  const refused = (detail: string): TemplateFileResult => ({ imported: false, detail: `${detail} Nothing was imported.` });
  let text: string;
  try {
    const stat = await fs.stat(file);
    if (!stat.isFile()) return refused('It is not a file.');
    if (stat.size > MAX_TEMPLATE_DOCUMENT_CHARS) return refused(`It is ${(stat.size / 1024 / 1024).toFixed(1)} MB, too large for a template file.`);
    text = await fs.readFile(file, 'utf8');
  } catch (error) {
    return refused(`It could not be read (${(error as NodeJS.ErrnoException).code ?? String(error)}).`);
  }
  const envelope = await callBackend('templates.import', { text });
  if (!envelope.ok) return refused(envelope.error.message);
  const outcome = ImportOutcome.parse(envelope.value);
  switch (outcome.outcome) {
    case 'draft':
      return { imported: true, detail: 'It is a new template in Templates, as a draft: review it there and publish it to score with it.' };
    case 'installed':
      return { imported: true, detail: `Version ${outcome.version} of a published template is now in Templates, read-only, ready to score with.` };
    case 'already':
      return { imported: false, detail: `Version ${outcome.version} of this template is already in Templates: nothing changed.` };
    case 'refused':
      return refused([outcome.message, ...outcome.errors.slice(0, 5).map((e) => `${e.field}: ${e.message}`)].join('\n'));
  }
}
