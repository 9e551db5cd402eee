// `cynnig import <file-type> FILE --authority CODE [--accept-valid-rows] [--dry-run]`: the same
// import as the API, read from a file as a stream with a progress bar, then the bilingual report.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { pipeline } from 'node:stream/promises';
import type { OpenDatabase } from '@cynnig/data';
import { UsageError } from './arguments.js';
import type { ChildRules } from '../services/child-rules.js';
import { importFile, type ImportReport } from '../services/import-service.js';
import { todayOf } from '../services/actor.js';
import { commandLineActor } from './command-line-actor.js';
import type { OperationCommand } from './operation-arguments.js';
import type { Progress } from './progress.js';

async function sha256OfFile(file: string): Promise<string> {
  const hash = createHash('sha256');
  await pipeline(fs.createReadStream(file), hash);
  return hash.digest('hex');
}

/** The report as the command prints it: the summary, then every error on its own line. */
export function reportText(report: ImportReport): string {
  const lines = [report.summary.en, ...report.errors.map((error) => `  ${error.message.en}`)];
  if (report.applied) {
    const changes = Object.entries(report.applied).map(([kind, counts]) => `${kind} ${counts.inserted} new, ${counts.updated} changed, ${counts.unchanged} unchanged`);
    lines.push(`Written: ${changes.join('; ')}.`);
  }
  if (report.dryRun) lines.push('Dry run: nothing was written.');
  else if (!report.written) lines.push('Nothing was written.');
  return `${lines.join('\n')}\n`;
}

/** Runs the import; the exit code is 1 when errors meant nothing was written. */
export async function importCommand(
  command: Extract<OperationCommand, { name: 'import' }>,
  database: OpenDatabase,
  rules: ChildRules,
  progress: Progress,
  say: (text: string) => void,
  now = new Date(),
): Promise<{ report: ImportReport; exitCode: number }> {
  let size: number;
  try {
    size = fs.statSync(command.file).size;
  } catch {
    throw new UsageError(`There is no file at ${command.file}`);
  }
  const fileHash = await sha256OfFile(command.file);
  progress.start(`Reading ${command.fileType}`, size, 'bytes');
  let report: ImportReport;
  try {
    report = await importFile(
      database.db,
      rules,
      commandLineActor,
      {
        authorityCode: command.authority,
        fileType: command.fileType,
        source: fs.createReadStream(command.file),
        sizeBytes: size,
        fileHash,
        acceptValidRows: command.acceptValidRows,
        dryRun: command.dryRun,
        onProgress: (read) => progress.update(read.bytesRead),
      },
      now,
      todayOf({ now }),
    );
  } finally {
    progress.stop();
  }
  say(reportText(report));
  return { report, exitCode: !report.dryRun && !report.written && (report.rejected > 0 || report.refused) ? 1 : 0 };
}
