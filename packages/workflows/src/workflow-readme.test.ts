import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { machineNames, type MachineName } from './engine/stored-snapshot.js';
import { workflows } from './engine/workflow-registry.js';
import { eventTypesOf, stateLabel, statesOf } from './workflow-labels.js';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

/** The events a state has a transition for, in the order the machine's schema lists them (guards aside). */
function eventsTakenIn(machine: MachineName, state: string): string[] {
  const node = (workflows[machine].machine as unknown as { states: Record<string, { ownEvents: string[] }> }).states[state];
  if (node === undefined) throw new Error(`the ${machine} machine has no state ${state}`);
  return eventTypesOf(machine).filter((type) => node.ownEvents.includes(type));
}

describe('the package README', () => {
  it.each(machineNames)('documents every stored state of the %s machine in the same English and Welsh words the forms app shows, with the events it takes', (machine) => {
    for (const state of statesOf(machine).filter((name) => name !== 'notOpened')) {
      const events = eventsTakenIn(machine, state);
      const cell = events.length === 0 ? 'none: the case is closed' : events.map((type) => `\`${type}\``).join(', ');
      expect(readme).toContain(`| \`${state}\` | ${stateLabel(machine, state as never, 'en')} | ${stateLabel(machine, state as never, 'cy')} | ${cell} |`);
    }
  });
});
