// The in-process write path on its own (`pnpm --filter @cynnig/resilience bench:write-path`), for
// working on it without running the whole of `pnpm bench`: the same measurement as its figure
// there, on a private copy of the cached Wales-sized population (seeded on first use).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cachedSqlitePopulation, copyPopulation } from '../scenario/sqlite-population.js';
import { measureWritePath } from './write-path.js';

const steps = Number(process.env['CYNNIG_BENCH_STEPS'] || 300);
const scale = Number(process.env['CYNNIG_BENCH_SCALE'] || 1);
const population = await cachedSqlitePopulation(scale, { onProgress: (message) => process.stdout.write(`\r  ${message}        `) });
const work = mkdtempSync(join(tmpdir(), 'cynnig-write-path-'));
try {
  const figure = await measureWritePath(`sqlite:${copyPopulation(population.file, work)}`, steps);
  process.stdout.write(
    [
      `Active Offer steps in process, population scale ${scale}: ${figure.events} steps`,
      `  the step:     ${figure.eventsPerSecond.toFixed(1)} steps/s, ${figure.cpuMsPerEvent.toFixed(2)} ms processor time a step`,
      `  plain writes: ${figure.baselinePerSecond.toFixed(1)} steps/s, ${figure.baselineCpuMsPerEvent.toFixed(2)} ms processor time a step`,
      `  ratio ${(figure.eventsPerSecond / figure.baselinePerSecond).toFixed(2)} (wall), ${(figure.baselineCpuMsPerEvent / figure.cpuMsPerEvent).toFixed(2)} (processor)`,
      '',
    ].join('\n'),
  );
} finally {
  rmSync(work, { recursive: true, force: true });
}
