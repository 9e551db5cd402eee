// The committed sample files as import input, the staff references they use, and small builders
// for files made in a test. Synthetic children only.
import { readFileSync } from 'node:fs';
import type { ImportFileKind } from '../column-layout.js';
import { importFileTypes } from '../import-file-types.js';
import type { ImportFile } from '../plan-import.js';

export const CARDIFF = 'W06000015';
export const SWANSEA = 'W06000011';

export const sampleStaff: ReadonlyMap<string, string> = new Map([
  ['SW-0193', '5e000000-0000-4000-8000-000000000101'],
  ['SW-0207', '5e000000-0000-4000-8000-000000000102'],
  ['IRO-07', '5e000000-0000-4000-8000-000000000201'],
]);

/** The text of a committed sample file. */
export function sampleText(kind: ImportFileKind): string {
  return readFileSync(new URL(`../samples/${importFileTypes[kind].layout.fileName}`, import.meta.url), 'utf8');
}

export function sampleFile(kind: ImportFileKind): ImportFile {
  const text = sampleText(kind);
  return { kind, source: text, sizeBytes: Buffer.byteLength(text) };
}

/** A CSV text from lines joined with CRLF, as spreadsheets save it. */
export function csv(...lines: string[]): string {
  return `${lines.join('\r\n')}\r\n`;
}

/** The sample's header and rows with some lines replaced or added, for a file with known faults. */
export function sampleWith(kind: ImportFileKind, rows: readonly string[]): string {
  const header = sampleText(kind).split('\r\n')[0]!;
  return csv(header, ...rows);
}
