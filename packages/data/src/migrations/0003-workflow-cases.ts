// Migration 0003: the three workflow case tables (Active Offer, missing episode, IRO
// oversight), each a current-state row with a version for optimistic concurrency and an
// append-only event log; and the Active Offer rounds kept as plain rows for queues.
import type { CreateTableBuilder, Kysely } from 'kysely';
import { refuseChangesTo } from './append-only.js';

function withCaseColumns(table: CreateTableBuilder<string, any>): CreateTableBuilder<string, any> {
  return table
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('child_id', 'text', (c) => c.notNull().references('children.id'))
    .addColumn('authority_code', 'text', (c) => c.notNull().references('local_authorities.code'))
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('snapshot', 'text', (c) => c.notNull())
    .addColumn('machine_version', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull());
}

async function createEventTable(db: Kysely<any>, name: string, caseTable: string): Promise<void> {
  await db.schema
    .createTable(name)
    .addColumn('case_id', 'text', (c) => c.notNull().references(`${caseTable}.id`))
    .addColumn('sequence', 'integer', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('payload', 'text', (c) => c.notNull())
    .addColumn('recorded_at', 'text', (c) => c.notNull())
    .addColumn('recorded_by', 'text')
    .addPrimaryKeyConstraint(`${name}_pk`, ['case_id', 'sequence'])
    .execute();
  await refuseChangesTo(db, name);
}

export async function up(db: Kysely<any>): Promise<void> {
  await withCaseColumns(db.schema.createTable('active_offer_cases'))
    .addColumn('provider_id', 'text', (c) => c.references('advocacy_providers.id'))
    .addUniqueConstraint('active_offer_cases_one_per_child', ['child_id'])
    .execute();
  await db.schema.createIndex('active_offer_cases_by_provider').on('active_offer_cases').columns(['provider_id', 'state']).execute();
  await db.schema.createIndex('active_offer_cases_by_authority').on('active_offer_cases').columns(['authority_code', 'state']).execute();
  await createEventTable(db, 'active_offer_events', 'active_offer_cases');

  await withCaseColumns(db.schema.createTable('missing_episodes'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('risk_grade', 'text', (c) => c.notNull())
    .addColumn('started_at', 'text', (c) => c.notNull())
    .addColumn('ended_at', 'text')
    .addColumn('conversation_offered_at', 'text')
    .addColumn('conversation_held_at', 'text')
    .addColumn('conversation_declined', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('exploitation_indicators', 'text', (c) => c.notNull().defaultTo('[]'))
    .execute();
  await db.schema.createIndex('missing_episodes_by_child').on('missing_episodes').columns(['child_id', 'started_at']).execute();
  await db.schema.createIndex('missing_episodes_by_authority').on('missing_episodes').columns(['authority_code', 'started_at']).execute();
  await createEventTable(db, 'missing_episode_events', 'missing_episodes');

  await withCaseColumns(db.schema.createTable('oversight_cases'))
    .addColumn('rule_id', 'text')
    .addColumn('stage', 'text')
    .addColumn('respond_by', 'text')
    .execute();
  await db.schema.createIndex('oversight_cases_by_child').on('oversight_cases').column('child_id').execute();
  await db.schema.createIndex('oversight_cases_by_authority').on('oversight_cases').columns(['authority_code', 'state']).execute();
  await createEventTable(db, 'oversight_events', 'oversight_cases');

  await db.schema
    .createTable('offer_rounds')
    .addColumn('case_id', 'text', (c) => c.notNull().references('active_offer_cases.id'))
    .addColumn('round', 'integer', (c) => c.notNull())
    .addColumn('child_id', 'text', (c) => c.notNull().references('children.id'))
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('trigger', 'text', (c) => c.notNull())
    .addColumn('triggered_on', 'text', (c) => c.notNull())
    .addColumn('provider_id', 'text')
    .addColumn('child_told_on', 'text')
    .addColumn('referred_on', 'text')
    .addColumn('offer_made_on', 'text')
    .addColumn('offer_language', 'text')
    .addColumn('mode', 'text')
    .addColumn('outcome', 'text')
    .addColumn('outcome_on', 'text')
    .addColumn('outcome_confirmed_on', 'text')
    .addColumn('advocacy_ended_on', 'text')
    .addColumn('is_reoffer', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('offer_rounds_pk', ['case_id', 'round'])
    .execute();
  await db.schema.createIndex('offer_rounds_by_child').on('offer_rounds').column('child_id').execute();
  await db.schema.createIndex('offer_rounds_by_trigger_date').on('offer_rounds').column('triggered_on').execute();
}
