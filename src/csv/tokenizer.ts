/** A streaming CSV splitter: text chunks in, records with their starting line number out. */

const QUOTE = 34;
const LF = 10;
const CR = 13;

const enum Mode {
  FieldStart,
  Unquoted,
  Quoted,
  /** A quote inside a quoted field: either the first of `""` or the closing quote. */
  QuoteInQuoted,
}

/**
 * Splits CSV text into records, chunk by chunk, keeping its state across chunk boundaries.
 * RFC 4180 quoting (`""` inside quotes), CRLF, LF or CR line ends, a leading byte-order mark,
 * records of any length. Lenient like spreadsheets: a quote inside an unquoted field is text,
 * and text after a closing quote is appended. Lines with no characters at all are skipped.
 * Written by hand because a general CSV library was too slow for million-row extracts.
 */
export class CsvTokenizer {
  private mode = Mode.FieldStart;
  private fields: string[] = [];
  private field = "";
  private quotedRecord = false;
  private inRecord = false;
  private afterCR = false;
  private line = 1;
  private recordLine = 1;
  private first = true;

  constructor(
    private readonly separator: string,
    private readonly onRecord: (fields: string[], line: number) => void,
  ) {}

  /** Feeds the next chunk of text. */
  write(chunk: string): void {
    let s = chunk;
    if (this.first && s.length > 0) {
      this.first = false;
      if (s.charCodeAt(0) === 0xfeff) s = s.slice(1);
    }
    const sep = this.separator.charCodeAt(0);
    const n = s.length;
    // State lives in locals inside the loop: this runs once per character of the file.
    let mode = this.mode;
    let field = this.field;
    let afterCR = this.afterCR;
    let start = 0;
    // Positions of the next quote and CR at or after i; -1 when there is none, -2 before the first search.
    let nextQuote = -2;
    let nextCR = -2;
    let i = 0;
    while (i < n) {
      // Fast path: a whole line without quotes or a lone CR is split natively.
      if (mode === Mode.FieldStart && !afterCR && this.fields.length === 0) {
        const nl = s.indexOf("\n", i);
        if (nextQuote !== -1 && nextQuote < i) nextQuote = s.indexOf('"', i);
        if (nextCR !== -1 && nextCR < i) nextCR = s.indexOf("\r", i);
        if (nl >= 0 && (nextQuote < 0 || nextQuote > nl) && (nextCR < 0 || nextCR >= nl - 1)) {
          const end = nextCR >= 0 && nextCR === nl - 1 ? nl - 1 : nl;
          this.inRecord = true;
          this.fields = s.slice(i, end).split(this.separator);
          this.endRecord();
          i = start = nl + 1;
          continue;
        }
      }

      const c = s.charCodeAt(i);
      if (afterCR) {
        afterCR = false;
        if (c === LF) {
          start = ++i;
          continue;
        }
      }
      if (mode === Mode.Quoted) {
        if (c === QUOTE) {
          field += s.slice(start, i);
          mode = Mode.QuoteInQuoted;
          start = i + 1;
        } else if (c === LF) this.line++;
        i++;
        continue;
      }
      if (mode === Mode.QuoteInQuoted) {
        if (c === QUOTE) {
          field += '"';
          mode = Mode.Quoted;
          start = ++i;
          continue;
        }
        mode = Mode.Unquoted;
        start = i;
      } else if (mode === Mode.FieldStart) {
        this.inRecord = true;
        if (c === QUOTE) {
          mode = Mode.Quoted;
          this.quotedRecord = true;
          start = ++i;
          continue;
        }
        mode = Mode.Unquoted;
        start = i;
      }
      // Unquoted text runs on to the next separator or line end.
      if (c === sep) {
        this.fields.push(field + s.slice(start, i));
        field = "";
        mode = Mode.FieldStart;
        start = i + 1;
      } else if (c === LF || c === CR) {
        this.fields.push(field + s.slice(start, i));
        field = "";
        this.endRecord();
        mode = Mode.FieldStart;
        afterCR = c === CR;
        start = i + 1;
      }
      i++;
    }
    if (mode === Mode.Unquoted || mode === Mode.Quoted) field += s.slice(start);
    this.mode = mode;
    this.field = field;
    this.afterCR = afterCR;
  }

  /** Ends the input: emits a last record without a line end; throws when a quote was never closed. */
  end(): void {
    if (this.mode === Mode.Quoted)
      throw new Error(`quote opened on line ${this.recordLine} is never closed`);
    if (this.inRecord) {
      this.fields.push(this.field);
      this.field = "";
      this.endRecord();
    }
  }

  private endRecord(): void {
    const fields = this.fields;
    const blank = fields.length === 1 && fields[0] === "" && !this.quotedRecord;
    if (!blank) this.onRecord(fields, this.recordLine);
    this.fields = [];
    this.quotedRecord = false;
    this.inRecord = false;
    this.mode = Mode.FieldStart;
    this.line++;
    this.recordLine = this.line;
  }
}
