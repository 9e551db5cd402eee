import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { machineNames } from './engine/stored-snapshot.js';
import { stateLabel, statesOf } from './workflow-labels.js';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

describe('the package README', () => {
  it.each(machineNames)('documents every stored state of the %s machine in the same English and Welsh words the forms app shows', (machine) => {
    for (const state of statesOf(machine).filter((name) => name !== 'notOpened')) {
      expect(readme).toContain(`| \`${state}\` | ${stateLabel(machine, state as never, 'en')} | ${stateLabel(machine, state as never, 'cy')} |`);
    }
  });
});
