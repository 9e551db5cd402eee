// Reads an import file as a stream of CSV records with the line each starts on, counting bytes
// as they arrive so the command line can show progress. Line endings are read as plain line
// breaks (CRLF becomes LF, inside quoted cells too), so line numbers match what an editor shows.
import { CsvError, parse } from 'csv-parse';

export type ImportSource = string | Uint8Array | AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>;

export interface CsvRecord {
  /** The line of the file the record starts on; the header is line 1. */
  readonly line: number;
  readonly cells: readonly string[];
}

export interface ReadProgress {
  readonly bytesRead: number;
  readonly recordsRead: number;
}

/** A file that stops being readable CSV, with where it stopped. */
export class CsvReadError extends Error {
  constructor(
    readonly line: number,
    readonly reason: 'quote-not-closed' | 'quote-misplaced' | 'unreadable',
  ) {
    super(`CSV unreadable at line ${line}: ${reason}`);
    this.name = 'CsvReadError';
  }
}

async function* chunksOf(source: ImportSource): AsyncIterable<Uint8Array | string> {
  if (typeof source === 'string' || source instanceof Uint8Array) {
    yield source;
    return;
  }
  yield* source as AsyncIterable<Uint8Array | string>;
}

const nonBlank = /\S/;

/** Waits until the parser wants more, or has stopped; leaves no listener behind either way. */
function drained(parser: NodeJS.EventEmitter): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      parser.off('drain', done);
      parser.off('close', done);
      resolve();
    };
    parser.on('drain', done);
    parser.on('close', done);
  });
}

/** The error for a CSV fault, placed on the line where the record it broke starts. */
function readError(error: unknown, line: number): unknown {
  if (!(error instanceof CsvError)) return error;
  if (error.code === 'CSV_QUOTE_NOT_CLOSED') return new CsvReadError(line, 'quote-not-closed');
  if (error.code === 'CSV_INVALID_CLOSING_QUOTE') return new CsvReadError(line, 'quote-misplaced');
  return new CsvReadError(line, 'unreadable');
}

/**
 * The records of a CSV file, header first. Blank lines and lines of only empty cells are
 * skipped. A byte-order mark is dropped. `onProgress` is called as each chunk is read.
 */
export async function* readImportCsv(source: ImportSource, onProgress?: (progress: ReadProgress) => void): AsyncGenerator<CsvRecord> {
  let lastLine = 0;
  const parser = parse({
    bom: true, relax_column_count: true, relax_quotes: true, skip_empty_lines: true, record_delimiter: ['\n'],
    // The line is noted as each record is parsed: a fault later on discards records not yet read.
    on_record: (record: string[], context) => {
      lastLine = context.lines;
      return { record, lines: context.lines };
    },
  });
  const decoder = new TextDecoder('utf-8');
  let bytesRead = 0;
  let recordsRead = 0;
  const feeding = (async () => {
    let carriage = '';
    try {
      for await (const chunk of chunksOf(source)) {
        if (parser.destroyed) return;
        const text = typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
        bytesRead += typeof chunk === 'string' ? Buffer.byteLength(chunk) : chunk.byteLength;
        let joined = carriage + text;
        carriage = joined.endsWith('\r') ? '\r' : '';
        if (carriage) joined = joined.slice(0, -1);
        onProgress?.({ bytesRead, recordsRead });
        if (!parser.write(joined.replaceAll('\r\n', '\n'))) await drained(parser);
      }
      if (!parser.destroyed) parser.end(carriage + decoder.decode());
    } catch (error) {
      parser.destroy(error as Error);
    }
  })();
  try {
    for await (const { record, lines } of parser as AsyncIterable<{ record: string[]; lines: number }>) {
      if (!record.some((cell) => nonBlank.test(cell))) continue;
      let breaks = 0;
      for (const cell of record) if (cell.includes('\n')) breaks += cell.split('\n').length - 1;
      recordsRead += 1;
      yield { line: lines - breaks, cells: record };
    }
  } catch (error) {
    throw readError(error, lastLine + 1);
  } finally {
    if (!parser.destroyed) parser.destroy();
    await feeding;
  }
  onProgress?.({ bytesRead, recordsRead });
}
