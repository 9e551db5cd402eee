// `cynnig export <kind> --period 2025-Q3 [--authority CODE | --provider ID] --format csv --out FILE`:
// the same exports as the API, written to a file with a progress bar and a summary. Without
// --authority or --provider the figures are Wales-wide and published with disclosure control.
import fs from 'node:fs';
import { finished } from 'node:stream/promises';
import type { OpenDatabase } from '@cynnig/data';
import { UsageError } from './arguments.js';
import { childrenIn, prepareExport, pseudonymSecret, sourceLabel } from '../services/export-service.js';
import { parseReportingPeriod, type MonitoringView } from '../services/monitoring-service.js';
import { commandLineActor } from './command-line-actor.js';
import type { OperationCommand } from './operation-arguments.js';
import type { Progress } from './progress.js';

export interface ExportSummary {
  readonly file: string;
  readonly rows: number;
  readonly bytes: number;
  readonly children: number;
  readonly milliseconds: number;
}

function viewOf(command: Extract<OperationCommand, { name: 'export' }>): MonitoringView {
  if (command.authority) return { source: { kind: 'authority', authorityCode: command.authority }, disclosure: 'exact' };
  if (command.provider) return { source: { kind: 'provider', providerId: command.provider }, disclosure: 'published' };
  return { source: { kind: 'national' }, disclosure: 'published' };
}

export async function exportCommand(
  command: Extract<OperationCommand, { name: 'export' }>,
  database: OpenDatabase,
  dataDirectory: string,
  progress: Progress,
  say: (text: string) => void,
  now = new Date(),
): Promise<ExportSummary> {
  const started = performance.now();
  const view = viewOf(command);
  const period = parseReportingPeriod(command.period);
  // Opened first, so a file already there stops the export before anything is read or audited.
  let handle;
  try {
    handle = await fs.promises.open(command.out, 'wx');
  } catch (error) {
    if ((error as { code?: string }).code === 'EEXIST') throw new UsageError(`${command.out} already exists: choose a new file name`);
    throw error;
  }
  const out = handle.createWriteStream();
  progress.start(`Reading children (${sourceLabel(view.source)})`, await childrenIn(database.db, view.source), 'children');
  let prepared;
  try {
    prepared = await prepareExport(database.db, view, commandLineActor, { kind: command.kind, period, format: command.format, language: command.language }, {
      pseudonymSecret: pseudonymSecret(dataDirectory),
      now,
      onRecords: (read) => progress.update(read),
    });
  } catch (error) {
    out.destroy();
    fs.rmSync(command.out, { force: true });
    throw error;
  } finally {
    progress.stop();
  }
  progress.start(`Writing ${command.kind}`, prepared.children, 'children');
  let rows: number;
  try {
    // A failing disk must stop the export, not leave it waiting for the file to drain.
    const failed = new Promise<never>((_, reject) => out.once('error', reject));
    rows = await Promise.race([prepared.write(out), failed]);
    if (!out.writableEnded) out.end();
    await finished(out);
  } catch (error) {
    out.destroy();
    fs.rmSync(command.out, { force: true });
    throw error;
  } finally {
    progress.stop();
  }
  const summary = { file: command.out, rows, bytes: fs.statSync(command.out).size, children: prepared.children, milliseconds: Math.round(performance.now() - started) };
  say(`Exported the ${command.kind} for ${period.label} (${sourceLabel(view.source)}, ${view.source.kind === 'authority' && command.kind === 'measures' ? 'exact' : command.kind.endsWith('extract') ? 'pseudonymised' : 'published'}): ${summary.rows.toLocaleString('en-GB')} rows from ${summary.children.toLocaleString('en-GB')} children, ${(summary.bytes / 1024).toFixed(1)} KB in ${summary.milliseconds} ms, to ${summary.file}\n`);
  return summary;
}
