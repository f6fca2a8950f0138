// CSV export for spreadsheets: pure, shared by the backend (which writes the files) and tests.
export { csvCell, neutraliseFormula, quoteCell, numberCell, type CsvValue } from './cell';
export { csvHead, csvRows, csvLine, csvDocument, UTF8_BOM, CRLF, type CsvColumn } from './document';
export { scorecardRow, sectionRows, answerRows, type ScoredScorecard, type ScorecardFacts, type ScorecardRow, type SectionRow, type AnswerRow } from './rows';
export { scorecardColumns, sectionColumns, answerColumns } from './columns';
export { checkLocalTimeFormat, localIso, localWords, type LocalTimeFormat } from './local-time';
