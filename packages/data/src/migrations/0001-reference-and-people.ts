// Migration 0001: authorities, regions (with effective dates), advocacy providers and the
// authorities they serve, the people who sign in and their server-side sessions.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('local_authorities')
    .addColumn('code', 'text', (c) => c.primaryKey())
    .addColumn('name_en', 'text', (c) => c.notNull())
    .addColumn('name_cy', 'text', (c) => c.notNull())
    .addColumn('council_name_en', 'text', (c) => c.notNull())
    .addColumn('council_name_cy', 'text', (c) => c.notNull())
    .addColumn('children_looked_after_2024', 'integer')
    .addColumn('fostered_inside_own_authority_2024', 'integer', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('regions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('name_en', 'text', (c) => c.notNull())
    .addColumn('name_cy', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('region_memberships')
    .addColumn('authority_code', 'text', (c) => c.notNull().references('local_authorities.code'))
    .addColumn('region_id', 'text', (c) => c.notNull().references('regions.id'))
    .addColumn('from_on', 'text', (c) => c.notNull())
    .addColumn('to_on', 'text')
    .addPrimaryKeyConstraint('region_memberships_pk', ['authority_code', 'region_id', 'from_on'])
    .execute();

  await db.schema
    .createTable('advocacy_providers')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('provider_authorities')
    .addColumn('provider_id', 'text', (c) => c.notNull().references('advocacy_providers.id'))
    .addColumn('authority_code', 'text', (c) => c.notNull().references('local_authorities.code'))
    .addPrimaryKeyConstraint('provider_authorities_pk', ['provider_id', 'authority_code'])
    .execute();
  await db.schema.createIndex('provider_authorities_by_authority').on('provider_authorities').column('authority_code').execute();

  await db.schema
    .createTable('users')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('email', 'text', (c) => c.notNull().unique())
    .addColumn('display_name', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('authority_code', 'text', (c) => c.references('local_authorities.code'))
    .addColumn('provider_id', 'text', (c) => c.references('advocacy_providers.id'))
    .addColumn('preferred_language', 'text', (c) => c.notNull())
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('password_hash', 'text')
    .addColumn('failed_sign_ins', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('locked_until', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('users_by_authority').on('users').columns(['authority_code', 'role']).execute();
  await db.schema.createIndex('users_by_provider').on('users').columns(['provider_id', 'role']).execute();

  await db.schema
    .createTable('sessions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('csrf_token', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('last_seen_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('sessions_by_user').on('sessions').column('user_id').execute();
  await db.schema.createIndex('sessions_by_expiry').on('sessions').column('expires_at').execute();
}
