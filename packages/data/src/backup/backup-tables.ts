// Every table Cynnig keeps, in the order a restore fills them (a table after the tables it
// refers to), with the columns that order its rows. Backups and restores walk this list, so a
// new table is one more line here.
export interface BackupTable {
  readonly name: string;
  /** The primary key: rows are read in this order, so a backup is the same for the same data. */
  readonly orderBy: readonly string[];
  /** Filled by the database (bigserial on PostgreSQL): its sequence is moved past the restored ids. */
  readonly serialId?: boolean;
}

export const backupTables: readonly BackupTable[] = [
  { name: 'local_authorities', orderBy: ['code'] },
  { name: 'regions', orderBy: ['id'] },
  { name: 'region_memberships', orderBy: ['authority_code', 'region_id', 'from_on'] },
  { name: 'advocacy_providers', orderBy: ['id'] },
  { name: 'provider_authorities', orderBy: ['provider_id', 'authority_code'] },
  { name: 'users', orderBy: ['id'] },
  { name: 'sessions', orderBy: ['id'] },
  { name: 'children', orderBy: ['id'] },
  { name: 'entitlements', orderBy: ['id'] },
  { name: 'placements', orderBy: ['id'] },
  { name: 'allocations', orderBy: ['id'] },
  { name: 'life_events', orderBy: ['id'] },
  { name: 'reviews', orderBy: ['id'] },
  { name: 'active_offer_cases', orderBy: ['id'] },
  { name: 'active_offer_events', orderBy: ['case_id', 'sequence'] },
  { name: 'missing_episodes', orderBy: ['id'] },
  { name: 'missing_episode_events', orderBy: ['case_id', 'sequence'] },
  { name: 'oversight_cases', orderBy: ['id'] },
  { name: 'oversight_events', orderBy: ['case_id', 'sequence'] },
  { name: 'offer_rounds', orderBy: ['case_id', 'round'] },
  { name: 'due_items', orderBy: ['id'], serialId: true },
  { name: 'audit_log', orderBy: ['id'], serialId: true },
  { name: 'idempotency_keys', orderBy: ['user_id', 'key'] },
  { name: 'rule_parameter_overrides', orderBy: ['authority_code', 'rule_id'] },
  { name: 'imports', orderBy: ['id'] },
];

export type TableCounts = Record<string, number>;
