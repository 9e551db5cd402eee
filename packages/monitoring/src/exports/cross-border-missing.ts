// Missing episodes of children placed outside Wales, in the column layout of England's national
// return (CHILD, DOB, MISSING, MIS_START, MIS_END; M = missing, A = away; dates dd/mm/yyyy),
// with checks equivalent to England's validation of that table, run before a file is written.
//
// Which country outside Wales a child is placed in is not recorded: a placement's location is
// either a Welsh authority or "outside Wales" with a free-text description (placementLocationSchema
// in @cynnig/domain), so England cannot be told from Scotland, Northern Ireland or abroad without
// guessing from that text. The extract therefore lists every child placed outside Wales; whoever
// sends it to an English authority removes any placed elsewhere. Telling them apart needs a
// country on the placement location (schema, placements table and import layout).
import { isIsoDate, londonDateOf, type Bilingual, type ChildRecord } from '@cynnig/domain';
import { placementOn } from '../measures/child-facts.js';
import type { Period } from '../period/financial-quarter.js';
import { pseudonymFor } from './child-extract.js';
import type { ExportColumn, ExportRow, ExportTable } from './export-row.js';

export interface CrossBorderMissingRow extends ExportRow {
  readonly CHILD: string;
  readonly DOB: string;
  readonly MISSING: string;
  readonly MIS_START: string;
  readonly MIS_END: string;
}

export const crossBorderMissingColumns: readonly ExportColumn[] = ['CHILD', 'DOB', 'MISSING', 'MIS_START', 'MIS_END'].map((key) => ({ key, header: key }));

/** 2024-03-31 -> 31/03/2024. */
export function toUkDate(date: string): string {
  return `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}`;
}

/** 31/03/2024 -> 2024-03-31, or null when it is not a real date in that form. */
export function fromUkDate(text: string): string | null {
  const match = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(text);
  if (!match) return null;
  const iso = `${match[3]}-${match[2]}-${match[1]}`;
  return isIsoDate(iso) ? iso : null;
}

/** Episodes that started in the period while the child was placed outside Wales (England, or anywhere else outside Wales: see above). */
export async function* crossBorderMissingRows(records: Iterable<ChildRecord> | AsyncIterable<ChildRecord>, period: Period, key: string): AsyncGenerator<CrossBorderMissingRow> {
  for await (const record of records) {
    const episodes = [...record.missingEpisodes].sort((a, b) => a.startedAt.localeCompare(b.startedAt));
    for (const episode of episodes) {
      const start = londonDateOf(episode.startedAt);
      if (start < period.from || start > period.to) continue;
      if (placementOn(record, start)?.location.kind !== 'outside-wales') continue;
      yield {
        CHILD: pseudonymFor(record, key),
        DOB: toUkDate(record.child.dateOfBirth),
        MISSING: episode.kind === 'missing' ? 'M' : 'A',
        MIS_START: toUkDate(start),
        MIS_END: episode.endedAt === null ? '' : toUkDate(londonDateOf(episode.endedAt)),
      };
    }
  }
}

export function crossBorderMissingExtract(records: Iterable<ChildRecord> | AsyncIterable<ChildRecord>, period: Period, key: string): ExportTable {
  return { columns: crossBorderMissingColumns, rows: crossBorderMissingRows(records, period, key) };
}

/**
 * England's checks over the rows the extract would hold, read from the same records: run it
 * first, and write the file only when it finds nothing (England's system would refuse it
 * otherwise). Rows are numbered as in the file, the header aside. Keeps only the extract's rows,
 * one per episode of a child placed outside Wales, a few hundred for an authority in a year.
 */
export async function checkCrossBorderMissing(records: Iterable<ChildRecord> | AsyncIterable<ChildRecord>, period: Period, key: string): Promise<MissingExtractIssue[]> {
  const rows: CrossBorderMissingRow[] = [];
  for await (const row of crossBorderMissingRows(records, period, key)) rows.push(row);
  return validateCrossBorderMissing(rows).map((issue) => ({ ...issue, child: rows[issue.row - 1]!.CHILD }));
}

export interface MissingExtractIssue {
  /** 1-based row number among the data rows. */
  readonly row: number;
  /** The row's pseudonym, when the issue came from checking records (never a name or case reference). */
  readonly child?: string;
  readonly field: keyof CrossBorderMissingRow & string;
  readonly code: string;
  readonly message: Bilingual;
}

/**
 * England's checks on the missing table, applied before a file is sent: valid codes, real dates,
 * end not before start, no dates before birth, and no overlapping or second open episode for a child.
 */
export function validateCrossBorderMissing(rows: readonly CrossBorderMissingRow[]): MissingExtractIssue[] {
  const issues: MissingExtractIssue[] = [];
  const byChild = new Map<string, { row: number; start: string; end: string | null }[]>();
  rows.forEach((row, index) => {
    const line = index + 1;
    const issue = (field: MissingExtractIssue['field'], code: string, en: string, cy: string) => issues.push({ row: line, field, code, message: { en, cy } });
    if (row.CHILD.trim() === '') issue('CHILD', 'missing.child-required', 'Give the child\'s identifier', 'Rhowch ddynodydd y plentyn');
    const dob = fromUkDate(row.DOB);
    if (dob === null) issue('DOB', 'missing.dob-invalid', 'Date of birth must be a real date like 31/03/2012', 'Rhaid i\'r dyddiad geni fod yn ddyddiad go iawn fel 31/03/2012');
    if (row.MISSING !== 'M' && row.MISSING !== 'A') issue('MISSING', 'missing.code-invalid', 'MISSING must be M (missing) or A (away from placement without authorisation)', 'Rhaid i MISSING fod yn M (ar goll) neu A (i ffwrdd o\'r lleoliad heb awdurdod)');
    const start = fromUkDate(row.MIS_START);
    if (start === null) issue('MIS_START', 'missing.start-invalid', 'Start date must be a real date like 31/03/2024', 'Rhaid i\'r dyddiad dechrau fod yn ddyddiad go iawn fel 31/03/2024');
    const end = row.MIS_END === '' ? null : fromUkDate(row.MIS_END);
    if (row.MIS_END !== '' && end === null) issue('MIS_END', 'missing.end-invalid', 'End date must be a real date like 31/03/2024, or blank if the child is still missing', 'Rhaid i\'r dyddiad gorffen fod yn ddyddiad go iawn fel 31/03/2024, neu\'n wag os yw\'r plentyn yn dal ar goll');
    if (start !== null && end !== null && end < start) issue('MIS_END', 'missing.end-before-start', 'End date must not be before the start date', 'Ni all y dyddiad gorffen fod cyn y dyddiad dechrau');
    if (dob !== null && start !== null && start < dob) issue('MIS_START', 'missing.start-before-birth', 'Start date must not be before the date of birth', 'Ni all y dyddiad dechrau fod cyn y dyddiad geni');
    if (start !== null && (end !== null || row.MIS_END === '')) {
      const episodes = byChild.get(row.CHILD) ?? [];
      byChild.set(row.CHILD, episodes);
      episodes.push({ row: line, start, end });
    }
  });
  for (const episodes of byChild.values()) {
    const sorted = [...episodes].sort((a, b) => a.start.localeCompare(b.start));
    for (let index = 1; index < sorted.length; index += 1) {
      const earlier = sorted[index - 1]!;
      const later = sorted[index]!;
      if (earlier.end === null || later.start < earlier.end) {
        issues.push({
          row: later.row,
          field: 'MIS_START',
          code: 'missing.overlap',
          message: {
            en: `This episode starts before the child's episode on row ${earlier.row} ended; episodes for a child must not overlap`,
            cy: `Mae'r cyfnod hwn yn dechrau cyn i gyfnod y plentyn ar res ${earlier.row} ddod i ben; ni ddylai cyfnodau plentyn orgyffwrdd`,
          },
        });
      }
    }
  }
  return issues.sort((a, b) => a.row - b.row);
}
