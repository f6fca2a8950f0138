/**
 * RFC 4180 CSV, as spreadsheets write it: quoted cells with doubled quotes and
 * line breaks inside, CRLF or LF line ends. The delimiter is the one of comma,
 * semicolon (Excel in much of Europe) and tab the header line uses most.
 */
export type Parsed = { ok: true; rows: { line: number; cells: string[] }[]; delimiter: string } | { ok: false; message: string };

export function detectDelimiter(text: string): string {
  const header = text.split(/\r?\n/, 1)[0] ?? '';
  const count = (d: string) => header.split(d).length - 1;
  return [',', ';', '\t'].reduce((best, d) => (count(d) > count(best) ? d : best), ',');
}

export function parseCsv(text: string): Parsed {
  const delimiter = detectDelimiter(text);
  const rows: { line: number; cells: string[] }[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  let quoteLine = 0;
  const endRow = () => {
    cells.push(cell);
    if (cells.length > 1 || cells[0]!.trim() !== '') rows.push({ line: rowLine, cells });
    cells = [];
    cell = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i++;
        } else quoted = false;
      } else {
        if (c === '\n') line++;
        cell += c;
      }
      continue;
    }
    if (c === '"' && cell.trim() === '') {
      quoted = true;
      quoteLine = line;
      cell = '';
    } else if (c === delimiter) {
      cells.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      endRow();
      line++;
      rowLine = line;
    } else cell += c;
  }
  if (quoted) return { ok: false, message: `A quoted cell that starts on line ${quoteLine} is never closed: the file is cut short or a quote is missing.` };
  if (cell !== '' || cells.length) endRow();
  return { ok: true, rows, delimiter };
}
