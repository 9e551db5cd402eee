// Advocacy providers and the authorities each is commissioned to serve.
import { randomUUID } from 'node:crypto';
import type { AdvocacyProvider } from '@cynnig/domain';
import type { Kysely } from 'kysely';
import { nowTimestamp } from '../database/column-values.js';
import type { Database } from '../database/schema.js';
import { transaction } from '../database/transaction.js';

export interface NewProvider {
  id?: string;
  name: string;
  authorityCodes: string[];
}

export async function createProvider(db: Kysely<Database>, provider: NewProvider, now = nowTimestamp()): Promise<AdvocacyProvider> {
  const id = provider.id ?? randomUUID();
  await transaction(db, async (trx) => {
    await trx.insertInto('advocacy_providers').values({ id, name: provider.name, created_at: now }).execute();
    if (provider.authorityCodes.length > 0) {
      await trx.insertInto('provider_authorities').values(provider.authorityCodes.map((code) => ({ provider_id: id, authority_code: code }))).execute();
    }
  });
  return { id, name: provider.name, authorityCodes: [...provider.authorityCodes].sort() };
}

async function withAuthorities(db: Kysely<Database>, rows: { id: string; name: string }[]): Promise<AdvocacyProvider[]> {
  if (rows.length === 0) return [];
  const links = await db.selectFrom('provider_authorities').selectAll().where('provider_id', 'in', rows.map((row) => row.id)).orderBy('authority_code').execute();
  return rows.map((row) => ({ id: row.id, name: row.name, authorityCodes: links.filter((link) => link.provider_id === row.id).map((link) => link.authority_code) }));
}

export async function listProviders(db: Kysely<Database>): Promise<AdvocacyProvider[]> {
  return withAuthorities(db, await db.selectFrom('advocacy_providers').select(['id', 'name']).orderBy('name').execute());
}

export async function findProvider(db: Kysely<Database>, id: string): Promise<AdvocacyProvider | undefined> {
  const row = await db.selectFrom('advocacy_providers').select(['id', 'name']).where('id', '=', id).executeTakeFirst();
  return row ? (await withAuthorities(db, [row]))[0] : undefined;
}

/** Providers commissioned to serve an authority's children: who a social worker may refer to. */
export async function providersForAuthority(db: Kysely<Database>, authorityCode: string): Promise<AdvocacyProvider[]> {
  const rows = await db
    .selectFrom('advocacy_providers')
    .innerJoin('provider_authorities', 'provider_authorities.provider_id', 'advocacy_providers.id')
    .select(['advocacy_providers.id', 'advocacy_providers.name'])
    .where('provider_authorities.authority_code', '=', authorityCode)
    .orderBy('advocacy_providers.name')
    .execute();
  return withAuthorities(db, rows);
}
