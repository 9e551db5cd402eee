// Stored snapshots outlive machine versions. Each entry lifts a snapshot one version up;
// loading applies them in order, so a case stored years ago still opens.
import { CynnigError } from '@cynnig/domain';
import { migrateActiveOfferV1toV2, migrateActiveOfferV2toV3, type ActiveOfferContextV1, type ActiveOfferContextV2 } from '../active-offer/active-offer-migrations.js';
import type { MachineName } from './stored-snapshot.js';
import { workflows } from './workflow-registry.js';

type Migration = (value: string, context: any) => { value: string; context: unknown };

/** migrations[machine][n] lifts a version n snapshot to version n + 1. */
export const snapshotMigrations: Readonly<Record<MachineName, Readonly<Record<number, Migration>>>> = {
  'active-offer': {
    1: (value, context: ActiveOfferContextV1) => migrateActiveOfferV1toV2(value, context),
    2: (value, context: ActiveOfferContextV2) => migrateActiveOfferV2toV3(value, context),
  },
  'missing-episode': {},
  oversight: {},
};

export interface LoosePersistedSnapshot {
  readonly machine: string;
  readonly machineVersion: number;
  readonly value: string;
  readonly context: unknown;
}

/** Brings a stored snapshot up to the current version of its machine, or says why it cannot. */
export function migrateSnapshot(machine: MachineName, stored: LoosePersistedSnapshot): { value: string; context: unknown } {
  const current = workflows[machine].version;
  let { value, context } = stored;
  for (let version = stored.machineVersion; version < current; version += 1) {
    const migration = snapshotMigrations[machine][version];
    if (migration === undefined) throw missingMigration(machine, stored.machineVersion, current);
    ({ value, context } = migration(value, context));
  }
  if (stored.machineVersion > current || !Number.isInteger(stored.machineVersion) || stored.machineVersion < 1) {
    throw missingMigration(machine, stored.machineVersion, current);
  }
  return { value, context };
}

function missingMigration(machine: string, from: number, to: number): CynnigError {
  return new CynnigError({
    code: 'workflow.snapshot-version-unknown',
    message: {
      en: `This case was saved by version ${from} of the ${machine} workflow, which this version of Cynnig (${to}) cannot open`,
      cy: `Cafodd yr achos hwn ei gadw gan fersiwn ${from} o lif gwaith ${machine}, na all y fersiwn hon o Cynnig (${to}) ei agor`,
    },
    details: { machine, machineVersion: from, currentVersion: to },
  });
}
