// `npm test`: installs what is missing, starts a throwaway PostgreSQL, then runs
// every test in the workspace (types, unit, data on both engines, browser journeys)
// and ends with one line "N passed, N failed".
import { buildEnv, ensurePnpm, installWorkspace, step, turbo } from './bootstrap.mjs';
import { ensureChromium } from './system-packages.mjs';
import { startPostgres } from './postgres-server.mjs';
import { clearResults, summariseResults } from './test-summary.mjs';

async function main() {
  const pnpm = ensurePnpm();
  installWorkspace(pnpm);
  const chromium = ensureChromium();
  const postgres = await startPostgres();
  const stopOnSignal = (signal) => {
    postgres.stop();
    process.kill(process.pid, signal);
  };
  process.once('SIGINT', stopOnSignal);
  process.once('SIGTERM', stopOnSignal);
  let status;
  try {
    clearResults();
    step('Type-checking, then running every test on SQLite and PostgreSQL');
    const env = { ...buildEnv(), CYNNIG_TEST_POSTGRES_URL: postgres.url, CHROMIUM_PATH: chromium };
    status = turbo(pnpm, ['typecheck', 'test', 'e2e', '--concurrency=1', '--output-logs=errors-only', '--continue'], env);
  } finally {
    postgres.stop();
  }
  const total = summariseResults();
  // A type error or a crashed task fails the run even when no test reported a failure.
  const failed = total.failed + (status !== 0 && total.failed === 0 ? 1 : 0);
  process.stdout.write(`\nTest reports read: ${total.reports}; skipped: ${total.skipped}\n`);
  process.stdout.write(`${total.passed} passed, ${failed} failed\n`);
  process.exit(failed > 0 || total.passed === 0 ? 1 : 0);
}

main().catch((error) => {
  process.stderr.write(`\n${error.message}\n`);
  process.stdout.write('0 passed, 1 failed\n');
  process.exit(1);
});
