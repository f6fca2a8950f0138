import path from 'node:path';

/** The file association's extension (electron-builder.yml): a scorecard template exported as JSON. */
export const TEMPLATE_FILE_SUFFIX = '.callmark-template.json';

/** Template files among command-line arguments (how Windows and Linux open a file with the app), as full paths. */
export function templateFilesIn(argv: readonly string[], workingDirectory: string): string[] {
  return argv.filter((arg) => !arg.startsWith('-') && arg.toLowerCase().endsWith(TEMPLATE_FILE_SUFFIX)).map((arg) => path.resolve(workingDirectory, arg));
}
