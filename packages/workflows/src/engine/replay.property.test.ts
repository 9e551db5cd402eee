import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { walk, walkSteps } from '../test-support/random-walk.js';
import { machineNames } from './stored-snapshot.js';
import { replay } from './replay.js';
import { applyEvent } from './apply-event.js';

describe.each(machineNames)('replaying a %s case', (machine) => {
  it('reproduces, from its event log, exactly the snapshot built one event at a time', () => {
    fc.assert(
      fc.property(walkSteps(40), (steps) => {
        const { log, final, input } = walk(machine, steps);
        if (final === null) return;
        const replayed = replay(machine, log, input);
        expect(replayed.ok && replayed.snapshot).toEqual(final);
        expect(JSON.parse(JSON.stringify(final))).toEqual(final);
      }),
      { numRuns: 80 },
    );
  });

  it('never lets a refused event change anything', () => {
    fc.assert(
      fc.property(walkSteps(30, 0.5), (steps) => {
        const { records, input } = walk(machine, steps);
        for (const { before, event, result } of records) {
          if (result.ok || before === null) continue;
          const copy = structuredClone(before);
          applyEvent(machine, copy as never, event, input);
          expect(copy).toEqual(before);
        }
      }),
      { numRuns: 60 },
    );
  });
});
