// Adds up the Vitest JSON reports every package writes to .test-results/.
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './bootstrap.mjs';

function resultFolders() {
  const folders = [];
  for (const group of ['packages', 'apps']) {
    const base = join(root, group);
    if (!existsSync(base)) continue;
    for (const name of readdirSync(base)) folders.push(join(base, name, '.test-results'));
  }
  return folders;
}

/** Removes earlier reports so that only this run's (or turbo's replayed cache) are counted. */
export function clearResults() {
  for (const folder of resultFolders()) rmSync(folder, { recursive: true, force: true });
}

/** Sums passed, failed and skipped tests over every report found. */
export function summariseResults() {
  const total = { passed: 0, failed: 0, skipped: 0, reports: 0 };
  for (const folder of resultFolders()) {
    if (!existsSync(folder)) continue;
    for (const file of readdirSync(folder).filter((f) => f.endsWith('.json'))) {
      const report = JSON.parse(readFileSync(join(folder, file), 'utf8'));
      total.passed += report.numPassedTests ?? 0;
      total.failed += report.numFailedTests ?? 0;
      total.skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
      // A file that failed to load has no failed tests but must still fail the run.
      if (report.success === false && (report.numFailedTests ?? 0) === 0) total.failed += Math.max(1, report.numFailedTestSuites ?? 1);
      total.reports += 1;
    }
  }
  return total;
}
