// `pnpm bench`: builds, then runs every package's benchmark task one after another
// so that figures are not disturbed by each other.
import { ensurePnpm, installWorkspace, step, turbo } from './bootstrap.mjs';

const pnpm = ensurePnpm();
installWorkspace(pnpm);
step('Running benchmarks');
process.exit(turbo(pnpm, ['bench', '--concurrency=1', '--output-logs=full']));
