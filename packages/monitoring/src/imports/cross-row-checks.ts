// Checks that need more than one row: the same row twice in a file, rows about a child Cynnig
// does not know, dates before the child was born, and a child's missing episodes overlapping.
import type { Bilingual, Child, MissingEpisodeSummary } from '@cynnig/domain';
import { importFileTypes } from './import-file-types.js';
import { cellIssue } from './import-issue.js';
import type { FileOutcome, RowOutcome } from './read-import-file.js';

const lines = (rows: readonly RowOutcome[]) => rows.map((row) => String(row.line)).join(', ');

/** Every row of a file that shares its key with another row is refused: which one is right cannot be told. */
export function checkDuplicates(file: FileOutcome): void {
  const byKey = new Map<string, RowOutcome[]>();
  for (const row of file.rows) {
    if (row.key === null) continue;
    const group = byKey.get(row.key);
    if (group) group.push(row);
    else byKey.set(row.key, [row]);
  }
  const keyColumns = importFileTypes[file.kind].layout.naturalKey;
  const shown = keyColumns[keyColumns.length - 1]!;
  for (const group of byKey.values()) {
    if (group.length < 2) continue;
    for (const row of group) {
      const others = lines(group.filter((other) => other !== row));
      row.issues.push(cellIssue(file.kind, row.line, shown, 'import.duplicate-row', {
        en: `line ${others} has the same ${keyColumns.join(' and ')}; keep one row`,
        cy: `mae gan linell ${others} yr un ${keyColumns.join(' a ')}; cadwch un rhes`,
      }));
    }
  }
}

export interface ChildIndex {
  /** Rows of children.csv by case reference (the first, when repeated). */
  readonly rows: ReadonlyMap<string, RowOutcome>;
  /** Children Cynnig already holds: internal id by case reference. */
  readonly known: ReadonlyMap<string, string>;
  readonly childrenFileRefused: boolean;
}

/**
 * A row about a child must name a child in children.csv or one Cynnig already holds for the
 * authority. Returns the rows that only fail because their child's own row failed: they are not
 * wrong in themselves, so they are reported only when valid rows are kept.
 */
export function checkChildReferences(file: FileOutcome, children: ChildIndex): RowOutcome[] {
  const dependent: RowOutcome[] = [];
  for (const row of file.rows) {
    if (row.caseReference === null) continue;
    const childRow = children.rows.get(row.caseReference);
    if (childRow === undefined && !children.known.has(row.caseReference)) {
      const reason: Bilingual = children.childrenFileRefused
        ? { en: 'children.csv was refused and Cynnig has no child with this case reference for your council', cy: 'gwrthodwyd children.csv ac nid oes gan Cynnig blentyn â\'r cyfeirnod achos hwn ar gyfer eich cyngor' }
        : { en: 'no child has this case reference in children.csv or in Cynnig for your council', cy: 'nid oes gan unrhyw blentyn y cyfeirnod achos hwn yn children.csv nac yn Cynnig ar gyfer eich cyngor' };
      row.issues.push(cellIssue(file.kind, row.line, 'case_reference', 'import.unknown-child', reason));
    } else if (childRow !== undefined && childRow.issues.length > 0 && !children.known.has(row.caseReference) && row.issues.length === 0) {
      dependent.push(row);
    }
  }
  return dependent;
}

/** Nothing in a child's life is recorded before they were born (when children.csv gives the date of birth). */
export function checkNotBeforeBirth(file: FileOutcome, children: ChildIndex): void {
  const type = importFileTypes[file.kind];
  if (!('dateOf' in type) || type.dateOf === undefined) return;
  const dateOf = type.dateOf as (value: unknown) => { column: string; date: string } | null;
  for (const row of file.rows) {
    if (row.value === null || row.caseReference === null) continue;
    const child = children.rows.get(row.caseReference)?.value as Child | null | undefined;
    const happened = dateOf(row.value);
    if (!child || !happened || happened.date >= child.dateOfBirth) continue;
    row.issues.push(cellIssue(file.kind, row.line, happened.column, 'import.before-birth', {
      en: `this is before the child's date of birth in children.csv`,
      cy: `mae hyn cyn dyddiad geni'r plentyn yn children.csv`,
    }));
  }
}

/** A child's missing episodes never overlap; an episode still open overlaps every later one. */
export function checkEpisodeOverlaps(file: FileOutcome): void {
  const byChild = new Map<string, RowOutcome[]>();
  for (const row of file.rows) {
    if (row.value === null || row.caseReference === null || row.issues.length > 0) continue;
    const group = byChild.get(row.caseReference);
    if (group) group.push(row);
    else byChild.set(row.caseReference, [row]);
  }
  const startOf = (row: RowOutcome) => Date.parse((row.value as MissingEpisodeSummary).startedAt);
  const endOf = (row: RowOutcome) => {
    const ended = (row.value as MissingEpisodeSummary).endedAt;
    return ended === null ? Number.POSITIVE_INFINITY : Date.parse(ended);
  };
  const flagged = new Set<RowOutcome>();
  const flag = (row: RowOutcome, other: RowOutcome) => {
    if (flagged.has(row)) return;
    flagged.add(row);
    row.issues.push(cellIssue(file.kind, row.line, 'started_at', 'import.episodes-overlap', {
      en: `this episode overlaps the episode on line ${other.line} for the same child; episodes never overlap`,
      cy: `mae'r cyfnod hwn yn gorgyffwrdd â'r cyfnod ar linell ${other.line} i'r un plentyn; nid yw cyfnodau byth yn gorgyffwrdd`,
    }));
  };
  for (const episodes of byChild.values()) {
    if (episodes.length < 2) continue;
    const ordered = [...episodes].sort((a, b) => startOf(a) - startOf(b) || a.line - b.line);
    let latest = ordered[0]!;
    for (const episode of ordered.slice(1)) {
      if (startOf(episode) < endOf(latest)) {
        flag(episode, latest);
        flag(latest, episode);
      }
      if (endOf(episode) > endOf(latest)) latest = episode;
    }
  }
}
