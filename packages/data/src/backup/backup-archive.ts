// Reads Cynnig's own backup archive: gzipped NDJSON with a header line (format, engine,
// migrations), then for each table a line naming it followed by one line per row, and a
// trailer with the row counts and a SHA-256 of every line before it. Reading checks all three.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import readline from 'node:readline';
import { createGunzip } from 'node:zlib';
import { CynnigError } from '@cynnig/domain';
import type { TableCounts } from './backup-tables.js';

export interface ArchiveHeader {
  readonly cynnig: 'backup';
  readonly version: 1;
  readonly engine: string;
  readonly createdAt: string;
  readonly migrations: readonly string[];
  readonly tables: readonly string[];
}

export interface ArchiveContents {
  readonly header: ArchiveHeader;
  readonly counts: TableCounts;
}

function unreadable(file: string, why: string): CynnigError {
  return new CynnigError({
    code: 'backup.unreadable',
    message: { en: `${file} is not a complete Cynnig backup: ${why}`, cy: `Nid yw ${file} yn gopi wrth gefn cyflawn o Cynnig: ${why}` },
  });
}

/** True when the file starts like gzip (an archive) rather than a SQLite database. */
export function isArchive(file: string): boolean {
  const handle = fs.openSync(file, 'r');
  try {
    const start = Buffer.alloc(2);
    fs.readSync(handle, start, 0, 2, 0);
    return start[0] === 0x1f && start[1] === 0x8b;
  } finally {
    fs.closeSync(handle);
  }
}

/**
 * Reads the archive line by line, passing each row to `onRow` (which may be async, e.g. to
 * insert it), and throws when the header, the counts or the checksum do not hold.
 */
export async function readArchive(file: string, onRow: (table: string, row: Record<string, unknown>) => void | Promise<void>): Promise<ArchiveContents> {
  const lines = readline.createInterface({ input: fs.createReadStream(file).pipe(createGunzip()), crlfDelay: Infinity });
  const digest = createHash('sha256');
  let header: ArchiveHeader | undefined;
  let table: string | undefined;
  const counts: TableCounts = {};
  type Trailer = { end: true; counts: TableCounts; sha256: string };
  let trailer: Trailer | undefined;
  try {
    for await (const line of lines) {
      if (trailer) throw unreadable(file, 'there is data after the end');
      const value = JSON.parse(line) as Record<string, unknown>;
      if (value['end'] === true) {
        trailer = value as unknown as Trailer;
        continue;
      }
      digest.update(`${line}\n`);
      if (!header) {
        if (value['cynnig'] !== 'backup' || value['version'] !== 1) throw unreadable(file, 'it does not start with a Cynnig backup header');
        header = value as unknown as ArchiveHeader;
      } else if (typeof value['table'] === 'string') {
        table = value['table'];
        if (!header.tables.includes(table)) throw unreadable(file, `it holds a table it did not list (${table})`);
        counts[table] = 0;
      } else if (table !== undefined && typeof value['row'] === 'object' && value['row'] !== null) {
        counts[table]! += 1;
        await onRow(table, value['row'] as Record<string, unknown>);
      } else throw unreadable(file, 'a line is neither a table nor a row');
    }
  } catch (error) {
    if (error instanceof CynnigError) throw error;
    throw unreadable(file, error instanceof SyntaxError ? 'a line is not JSON' : 'it cannot be decompressed');
  }
  if (!header || !trailer) throw unreadable(file, 'it stops before its end');
  if (digest.digest('hex') !== trailer.sha256) throw unreadable(file, 'its checksum does not match');
  for (const name of header.tables) {
    if ((counts[name] ?? 0) !== trailer.counts[name]) throw unreadable(file, `${name} has ${counts[name] ?? 0} rows where ${trailer.counts[name]} were written`);
  }
  return { header, counts: trailer.counts };
}
