// Exports of monitoring figures and extracts, written as a stream so memory stays flat at any
// size: the National Reporting Template (quarterly return, annual report), the measure tables,
// the pseudonymised child extract and the cross-border missing extract in England's layout.
// Each export is audited (who, what, period) before its first byte is written.
import { createHmac, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Writable } from 'node:stream';
import { monitoringRecords, type Database, type MonitoringSource } from '@cynnig/data';
import type { ChildRecord, Language } from '@cynnig/domain';
import {
  annualReport,
  childExtract,
  crossBorderMissingExtract,
  measureTable,
  quarterlyReturn,
  writeCsv,
  writeJson,
  writeXlsx,
  type ExportTable,
} from '@cynnig/monitoring';
import { sql, type Kysely } from 'kysely';
import { appendAudit, type AuditActor } from '../audit/audit-trail.js';
import { MonitoringQueryError, monitoringFigures, type MonitoringView, type ReportingPeriod } from './monitoring-service.js';

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
  const children = await childrenIn(db, source);
  const records = () => counted(monitoringRecords(db, source, { batchSize: options.batchSize ?? 500 }), options.onRecords);
  const groupBy = source.kind === 'national' ? (['authority'] as const) : [];

  let table: ExportTable;
  if (kind === 'quarterly-return') table = await quarterlyReturn(records(), period.quarter!, { groupBy, language, disclosure: 'published' });
  else if (kind === 'annual-report') table = await annualReport(records(), period.startYear, { groupBy, language, disclosure: 'published' });
  else if (kind === 'measures') {
    const figures = await monitoringFigures(db, view, { measureIds: null, period, groupBy, breakdown: [] });
    table = measureTable(figures, language);
  } else {
    const authorityCode = (source as Extract<MonitoringSource, { kind: 'authority' }>).authorityCode;
    const key = pseudonymKeyFor(authorityCode, options.pseudonymSecret);
    table = kind === 'child-extract' ? childExtract(records(), period.period, key, language) : crossBorderMissingExtract(records(), period.period, key);
  }

  await appendAudit(db, who, { action: 'export.created', detail: { kind, period: period.label, format, source: sourceLabel(source), disclosure: kind === 'measures' ? view.disclosure : authorityOnlyKinds.includes(kind) ? 'pseudonymised' : 'published' } }, options.now);

  return {
    fileName: exportFileName(kind, source, period, format),
    contentType: contentTypes[format],
    children,
    write: (out) => (format === 'csv' ? writeCsv(table, out) : format === 'json' ? writeJson(table, out) : writeXlsx([{ ...table, name: sheetNames[kind] }], out)),
  };
}
