// Migration 0002: children and the facts of their lives that the rules read: entitlement
// bases, placements, allocations of social workers and IROs, life events and reviews.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('children')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('authority_code', 'text', (c) => c.notNull().references('local_authorities.code'))
    .addColumn('case_reference', 'text', (c) => c.notNull())
    .addColumn('given_name', 'text', (c) => c.notNull())
    .addColumn('family_name', 'text', (c) => c.notNull())
    .addColumn('date_of_birth', 'text', (c) => c.notNull())
    .addColumn('legal_status', 'text', (c) => c.notNull())
    .addColumn('preferred_language', 'text', (c) => c.notNull())
    .addColumn('first_language', 'text', (c) => c.notNull())
    .addColumn('other_language_name', 'text')
    .addColumn('communication_needs', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('disability', 'text', (c) => c.notNull())
    .addColumn('asylum_status', 'text', (c) => c.notNull())
    .addColumn('pseudonym', 'text', (c) => c.notNull().unique())
    .addColumn('next_due_on', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('children_case_reference_per_authority', ['authority_code', 'case_reference'])
    .execute();
  await db.schema.createIndex('children_by_authority_name').on('children').columns(['authority_code', 'family_name', 'given_name']).execute();
  await db.schema.createIndex('children_by_next_due').on('children').column('next_due_on').execute();

  await db.schema
    .createTable('entitlements')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('child_id', 'text', (c) => c.notNull().references('children.id'))
    .addColumn('basis', 'text', (c) => c.notNull())
    .addColumn('start_on', 'text', (c) => c.notNull())
    .addColumn('end_on', 'text')
    .addColumn('end_reason', 'text')
    .execute();
  await db.schema.createIndex('entitlements_by_child').on('entitlements').columns(['child_id', 'basis']).execute();

  await db.schema
    .createTable('placements')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('child_id', 'text', (c) => c.notNull().references('children.id'))
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('start_on', 'text', (c) => c.notNull())
    .addColumn('end_on', 'text')
    .addColumn('location_kind', 'text', (c) => c.notNull())
    .addColumn('location_authority_code', 'text')
    .addColumn('location_description', 'text')
    .addColumn('home_has_visiting_advocacy', 'integer')
    .addColumn('distance_from_home_km', 'real')
    .execute();
  await db.schema.createIndex('placements_by_child').on('placements').columns(['child_id', 'start_on']).execute();

  await db.schema
    .createTable('allocations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('child_id', 'text', (c) => c.notNull().references('children.id'))
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('start_on', 'text', (c) => c.notNull())
    .addColumn('end_on', 'text')
    .execute();
  await db.schema.createIndex('allocations_by_child').on('allocations').columns(['child_id', 'role']).execute();
  await db.schema.createIndex('allocations_by_user').on('allocations').columns(['user_id', 'end_on']).execute();

  await db.schema
    .createTable('life_events')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('child_id', 'text', (c) => c.notNull().references('children.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('occurred_on', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .execute();
  await db.schema.createIndex('life_events_by_child').on('life_events').columns(['child_id', 'occurred_on']).execute();

  await db.schema
    .createTable('reviews')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('child_id', 'text', (c) => c.notNull().references('children.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('held_on', 'text', (c) => c.notNull())
    .addColumn('iro_user_id', 'text', (c) => c.references('users.id'))
    .addColumn('advocacy_finding', 'text', (c) => c.notNull())
    .addColumn('spoke_to_child_privately', 'integer', (c) => c.notNull())
    .addColumn('note', 'text')
    .execute();
  await db.schema.createIndex('reviews_by_child').on('reviews').columns(['child_id', 'held_on']).execute();
}
