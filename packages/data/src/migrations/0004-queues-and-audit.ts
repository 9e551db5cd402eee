// Migration 0004: what the rules say is due (the source of every queue), the append-only
// audit log, idempotency keys for safe retries, per-authority rule parameters, and imports.
import type { Kysely } from 'kysely';
import { engineOf } from '../database/engine.js';
import { refuseChangesTo } from './append-only.js';

export async function up(db: Kysely<any>): Promise<void> {
  const postgres = engineOf(db) === 'postgres';
  const serialType = postgres ? 'bigserial' : 'integer';

  await db.schema
    .createTable('due_items')
    .addColumn('id', serialType, (c) => (postgres ? c.primaryKey() : c.primaryKey().autoIncrement()))
    .addColumn('child_id', 'text', (c) => c.notNull().references('children.id'))
    .addColumn('authority_code', 'text', (c) => c.notNull())
    .addColumn('rule_id', 'text', (c) => c.notNull())
    .addColumn('rule_version', 'integer', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('audience', 'text', (c) => c.notNull())
    .addColumn('for_social_worker', 'integer', (c) => c.notNull())
    .addColumn('for_iro', 'integer', (c) => c.notNull())
    .addColumn('for_provider', 'integer', (c) => c.notNull())
    .addColumn('for_team_manager', 'integer', (c) => c.notNull())
    .addColumn('due_on', 'text', (c) => c.notNull())
    .addColumn('severity', 'text', (c) => c.notNull())
    .addColumn('reason_en', 'text', (c) => c.notNull())
    .addColumn('reason_cy', 'text', (c) => c.notNull())
    .addColumn('facts', 'text', (c) => c.notNull())
    .addColumn('case_id', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('due_items_by_child').on('due_items').column('child_id').execute();
  await db.schema.createIndex('due_items_iro_queue').on('due_items').columns(['authority_code', 'for_iro', 'due_on']).execute();
  await db.schema.createIndex('due_items_social_worker_queue').on('due_items').columns(['authority_code', 'for_social_worker', 'due_on']).execute();
  await db.schema.createIndex('due_items_team_manager_queue').on('due_items').columns(['authority_code', 'for_team_manager', 'due_on']).execute();
  await db.schema.createIndex('due_items_provider_queue').on('due_items').columns(['for_provider', 'due_on']).execute();
  await db.schema.createIndex('due_items_by_case').on('due_items').column('case_id').execute();

  await db.schema
    .createTable('audit_log')
    .addColumn('id', serialType, (c) => (postgres ? c.primaryKey() : c.primaryKey().autoIncrement()))
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text')
    .addColumn('role', 'text')
    .addColumn('scope', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('child_id', 'text')
    .addColumn('request_id', 'text')
    .addColumn('detail', 'text', (c) => c.notNull().defaultTo('{}'))
    .execute();
  await db.schema.createIndex('audit_log_by_child').on('audit_log').columns(['child_id', 'at']).execute();
  await db.schema.createIndex('audit_log_by_time').on('audit_log').column('at').execute();
  await db.schema.createIndex('audit_log_by_scope').on('audit_log').columns(['scope', 'at']).execute();
  await db.schema.createIndex('audit_log_by_user').on('audit_log').columns(['user_id', 'at']).execute();
  await refuseChangesTo(db, 'audit_log');

  await db.schema
    .createTable('idempotency_keys')
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('method_path', 'text', (c) => c.notNull())
    .addColumn('request_hash', 'text', (c) => c.notNull())
    .addColumn('status', 'integer', (c) => c.notNull())
    .addColumn('response', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('idempotency_keys_pk', ['user_id', 'key'])
    .execute();
  await db.schema.createIndex('idempotency_keys_by_age').on('idempotency_keys').column('created_at').execute();

  await db.schema
    .createTable('rule_parameter_overrides')
    .addColumn('authority_code', 'text', (c) => c.notNull().references('local_authorities.code'))
    .addColumn('rule_id', 'text', (c) => c.notNull())
    .addColumn('parameters', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('updated_by', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('rule_parameter_overrides_pk', ['authority_code', 'rule_id'])
    .execute();

  await db.schema
    .createTable('imports')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('authority_code', 'text', (c) => c.notNull().references('local_authorities.code'))
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('file_hash', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('counts', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('imports_by_authority').on('imports').columns(['authority_code', 'created_at']).execute();
}
