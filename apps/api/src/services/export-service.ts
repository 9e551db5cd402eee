// Exports of monitoring figures and extracts, written as a stream so memory stays flat at any
// size: the National Reporting Template (quarterly return, annual report), the measure tables,
// the pseudonymised child extract and the cross-border missing extract in England's layout.
// Each export is audited (who, what, period) before its first byte is written.
import { createHmac, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Writable } from 'node:stream';
import { monitoringRecords, type Database, type MonitoringSource } from '@cynnig/data';
import { CynnigError, type ChildRecord, type Language } from '@cynnig/domain';
import {
  annualReport,
  checkCrossBorderMissing,
  childExtract,
  crossBorderMissingExtract,
  measureTable,
  previousQuarter,
  quarterlyReturn,
  writeCsv,
  writeJson,
  writeXlsx,
  type ExportTable,
  type MissingExtractIssue,
} from '@cynnig/monitoring';
import { sql, type Kysely } from 'kysely';
import { appendAudit, type AuditActor } from '../audit/audit-trail.js';
import { MonitoringQueryError, monitoringFigures, publicationsFor, type MonitoringView, type ReportingPeriod } from './monitoring-service.js';

export const exportKinds = ['quarterly-return', 'annual-report', 'measures', 'child-extract', 'missing-extract'] as const;
export type ExportKind = (typeof exportKinds)[number];
export const exportFormats = ['csv', 'xlsx', 'json'] as const;
export type ExportFormat = (typeof exportFormats)[number];

/** Extracts about single children (pseudonymised) stay with the authority's own staff. */
export const authorityOnlyKinds: readonly ExportKind[] = ['child-extract', 'missing-extract'];

const contentTypes: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  json: 'application/json; charset=utf-8',
};

const sheetNames: Record<ExportKind, string> = {
  'quarterly-return': 'Quarterly return',
  'annual-report': 'Annual report',
  measures: 'Measures',
  'child-extract': 'Child extract',
  'missing-extract': 'Missing',
};

export interface ExportRequest {
  readonly kind: ExportKind;
  readonly period: ReportingPeriod;
  readonly format: ExportFormat;
  readonly language: Language;
}

export interface ExportOptions {
  /** The secret the authority's pseudonym keys are derived from (see `pseudonymSecret`). */
  readonly pseudonymSecret: string;
  readonly now: Date;
  /** Children per database batch (default 500). */
  readonly batchSize?: number;
  /** Called as child records are read, for a progress bar. */
  readonly onRecords?: (read: number) => void;
}

export interface PreparedExport {
  readonly fileName: string;
  readonly contentType: string;
  /** How many children the export reads, for a progress bar. */
  readonly children: number;
  /** Writes the file to `out` row by row, waiting when `out` is full; returns the rows written. */
  write(out: Writable): Promise<number>;
}

/**
 * The per-authority key for pseudonyms: HMAC of the authority code under the installation's
 * secret, so the same child has the same pseudonym in every extract, and nobody without the
 * secret can turn one back into a case reference.
 */
export function pseudonymKeyFor(authorityCode: string, secret: string): string {
  return createHmac('sha256', secret).update(`cynnig-pseudonym:${authorityCode}`).digest('hex');
}

/**
 * The installation's pseudonym secret: CYNNIG_PSEUDONYM_SECRET when set (at least 32
 * characters), otherwise a random secret kept in the data folder, made on first use. Keep it
 * with the backups: without it, new extracts get new pseudonyms.
 */
export function pseudonymSecret(dataDirectory: string, environment: NodeJS.ProcessEnv = process.env): string {
  const given = environment['CYNNIG_PSEUDONYM_SECRET']?.trim();
  if (given) {
    if (given.length < 32) throw new MonitoringQueryError('CYNNIG_PSEUDONYM_SECRET', { en: 'CYNNIG_PSEUDONYM_SECRET must be at least 32 characters', cy: 'Rhaid i CYNNIG_PSEUDONYM_SECRET fod yn 32 nod o leiaf' });
    return given;
  }
  const file = path.join(dataDirectory, 'pseudonym-secret');
  if (!fs.existsSync(file)) {
    // Written aside and linked into place, so another process never reads a half-written secret,
    // and a secret already there is never replaced.
    fs.mkdirSync(dataDirectory, { recursive: true });
    const aside = `${file}.${process.pid}.${randomBytes(4).toString('hex')}`;
    fs.writeFileSync(aside, randomBytes(32).toString('hex'), { mode: 0o600, flag: 'wx' });
    try {
      fs.linkSync(aside, file);
    } catch (error) {
      if ((error as { code?: string }).code !== 'EEXIST') throw error;
    } finally {
      fs.rmSync(aside, { force: true });
    }
  }
  return fs.readFileSync(file, 'utf8').trim();
}

/** 'W06000015', 'provider-3f2a…' or 'wales': who an export is about, for its file name. */
export function sourceLabel(source: MonitoringSource): string {
  if (source.kind === 'authority') return source.authorityCode;
  if (source.kind === 'provider') return `provider-${source.providerId.slice(0, 8)}`;
  return 'wales';
}

export function exportFileName(kind: ExportKind, source: MonitoringSource, period: ReportingPeriod, format: ExportFormat): string {
  return `cynnig-${kind}-${sourceLabel(source)}-${period.label}.${format}`;
}

/** How many children an export reads, for a progress bar. */
export async function childrenIn(db: Kysely<Database>, source: MonitoringSource): Promise<number> {
  if (source.kind === 'provider') {
    const row = await db.selectFrom('offer_rounds').select(sql<number>`count(distinct child_id)`.as('n')).where('provider_id', '=', source.providerId).executeTakeFirst();
    return Number(row?.n ?? 0);
  }
  let query = db.selectFrom('children').select(sql<number>`count(*)`.as('n'));
  if (source.kind === 'authority') query = query.where('authority_code', '=', source.authorityCode);
  return Number((await query.executeTakeFirst())?.n ?? 0);
}

async function* counted(records: AsyncIterable<ChildRecord>, onRecords?: (read: number) => void): AsyncGenerator<ChildRecord> {
  let read = 0;
  for await (const record of records) {
    read += 1;
    if (read % 100 === 0) onRecords?.(read);
    yield record;
  }
  onRecords?.(read);
}

/**
 * The cross-border missing extract would break England's rules for that table (an episode before
 * the child was born, two episodes of a child overlapping...): nothing is written, and every row
 * at fault is named by its number in the file and the child's pseudonym, in both languages, so
 * the records can be put right first.
 */
export class MissingExtractRefused extends CynnigError {
  constructor(readonly issues: readonly MissingExtractIssue[]) {
    const lines = (language: 'en' | 'cy') => issues.map((issue) => `${language === 'en' ? 'Row' : 'Rhes'} ${issue.row}${issue.child ? ` (${issue.child})` : ''}, ${issue.field}: ${issue.message[language]}`);
    super({
      code: 'export.missing-extract-refused',
      message: {
        en: [`The missing extract was not written: ${issues.length} ${issues.length === 1 ? 'row breaks' : 'rows break'} England's rules for the table. Correct the child's record in Cynnig and export again.`, ...lines('en')].join('\n'),
        cy: [`Ni ysgrifennwyd y detholiad ar goll: mae ${issues.length} ${issues.length === 1 ? 'rhes yn torri' : 'rhes yn torri'} rheolau Lloegr ar gyfer y tabl. Cywirwch gofnod y plentyn yn Cynnig ac allforio eto.`, ...lines('cy')].join('\n'),
      },
    });
    this.name = 'MissingExtractRefused';
  }
}

function notFor(kind: ExportKind): MonitoringQueryError {
  return new MonitoringQueryError('kind', {
    en: `the ${kind} holds one row per child, so only the authority's own team managers, IROs and administrators can export it`,
    cy: `mae gan y ${kind} un rhes i bob plentyn, felly dim ond rheolwyr tîm, SAAau a gweinyddwyr yr awdurdod ei hun all ei allforio`,
  });
}

/**
 * Checks the request, works out any figures, writes the audit record, and returns the file to
 * stream. Returns (counts) are always published with disclosure control: they are sent to
 * commissioners. Measure tables follow the person's view: exact for an authority's own staff.
 */
export async function prepareExport(db: Kysely<Database>, view: MonitoringView, who: AuditActor, request: ExportRequest, options: ExportOptions): Promise<PreparedExport> {
  const { kind, period, format, language } = request;
  const { source } = view;
  if (authorityOnlyKinds.includes(kind) && source.kind !== 'authority') throw notFor(kind);
  if (kind === 'quarterly-return' && period.quarter === null) {
    throw new MonitoringQueryError('period', { en: 'the quarterly return needs one quarter, like 2025-Q3', cy: 'mae angen un chwarter ar gyfer y ffurflen chwarterol, fel 2025-Q3' });
  }
  const returns = kind === 'quarterly-return' || kind === 'annual-report';
  // Returns and published figures are read out of the national publication; extracts and an
  // authority's exact figures out of its own children.
  const readsWales = returns || (kind === 'measures' && view.disclosure === 'published');
  const children = await childrenIn(db, readsWales ? { kind: 'national' } : source);
  const records = (from: MonitoringSource) => counted(monitoringRecords(db, from, { batchSize: options.batchSize ?? 500 }), options.onRecords);
  const groupBy = source.kind === 'national' ? (['authority'] as const) : [];
  const own = source.kind === 'authority' ? { grouping: 'authority' as const, value: source.authorityCode } : source.kind === 'provider' ? { grouping: 'provider' as const, value: source.providerId } : undefined;

  let table: ExportTable;
  // Returns read the same publications as the figures on screen, so a return shows what they show.
  if (kind === 'quarterly-return') {
    const before = previousQuarter(period.quarter!);
    const publications = await publicationsFor(db, [...new Set([period.startYear, Number(before.slice(0, 4))])]);
    table = await quarterlyReturn(publications, period.quarter!, { groupBy, language, disclosure: 'published', ...(own ? { own } : {}) });
  } else if (kind === 'annual-report') table = await annualReport(await publicationsFor(db, [period.startYear]), period.startYear, { groupBy, language, disclosure: 'published', ...(own ? { own } : {}) });
  else if (kind === 'measures') {
    const figures = await monitoringFigures(db, view, { measureIds: null, period, groupBy, breakdown: [] });
    table = measureTable(figures, language);
  } else {
    const authorityCode = (source as Extract<MonitoringSource, { kind: 'authority' }>).authorityCode;
    const key = pseudonymKeyFor(authorityCode, options.pseudonymSecret);
    if (kind === 'missing-extract') {
      // England's checks run over the same rows before anything is written or audited.
      const issues = await checkCrossBorderMissing(monitoringRecords(db, source, { batchSize: options.batchSize ?? 500 }), period.period, key);
      if (issues.length > 0) throw new MissingExtractRefused(issues);
    }
    table = kind === 'child-extract' ? childExtract(records(source), period.period, key, language) : crossBorderMissingExtract(records(source), period.period, key);
  }

  await appendAudit(db, who, { action: 'export.created', detail: { kind, period: period.label, format, source: sourceLabel(source), disclosure: kind === 'measures' ? view.disclosure : authorityOnlyKinds.includes(kind) ? 'pseudonymised' : 'published' } }, options.now);

  return {
    fileName: exportFileName(kind, source, period, format),
    contentType: contentTypes[format],
    children,
    write: (out) => (format === 'csv' ? writeCsv(table, out) : format === 'json' ? writeJson(table, out) : writeXlsx([{ ...table, name: sheetNames[kind] }], out)),
  };
}
