// Browser journeys: the real Cynnig (API, database and the built forms app) and, for the
// pages that must work with the API down, vite preview, in Debian's Chromium with axe-core.
import { BaseSequencer, type TestSpecification } from 'vitest/node';
import { defineConfig } from 'vitest/config';

/** Runs the files in vitest's usual order, but the route coverage check last: it reads what the others visited. */
class CoverageLast extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const isCoverage = (file: TestSpecification) => file.moduleId.endsWith('route-coverage.e2e.ts');
    return [...sorted.filter((file) => !isCoverage(file)), ...sorted.filter(isCoverage)];
  }
}

export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    // One Cynnig server and one Chromium for the whole run, started and stopped here.
    globalSetup: ['e2e/global-setup.ts'],
    // Journeys build on each other (a report, then the return, then the conversation), so run in order.
    sequence: { shuffle: false, concurrent: false, sequencer: CoverageLast },
  },
});
