// Authorities, regions and region memberships from @cynnig/domain, written into the database.
// Seeding is idempotent: it adds what is missing and leaves existing rows alone, so an
// administrator's later change to a region is never undone by a restart.
import { advocacyRegions, localAuthorities, regionMemberships, rpbRegions, type LocalAuthority, type Region, type RegionMembership } from '@cynnig/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../database/schema.js';

export async function seedReferenceData(db: Kysely<Database>): Promise<void> {
  await db
    .insertInto('local_authorities')
    .values(
      localAuthorities.map((authority) => ({
        code: authority.code,
        name_en: authority.name.en,
        name_cy: authority.name.cy,
        council_name_en: authority.councilName.en,
        council_name_cy: authority.councilName.cy,
        children_looked_after_2024: authority.childrenLookedAfter2024,
        fostered_inside_own_authority_2024: authority.fosteredInsideOwnAuthority2024,
      })),
    )
    .onConflict((oc) => oc.column('code').doNothing())
    .execute();
  await db
    .insertInto('regions')
    .values([...rpbRegions, ...advocacyRegions].map((region) => ({ id: region.id, kind: region.kind, name_en: region.name.en, name_cy: region.name.cy })))
    .onConflict((oc) => oc.column('id').doNothing())
    .execute();
  await db
    .insertInto('region_memberships')
    .values(regionMemberships.map((m) => ({ authority_code: m.authorityCode, region_id: m.regionId, from_on: m.from, to_on: m.to })))
    .onConflict((oc) => oc.columns(['authority_code', 'region_id', 'from_on']).doNothing())
    .execute();
}

export async function listAuthorities(db: Kysely<Database>): Promise<LocalAuthority[]> {
  const rows = await db.selectFrom('local_authorities').selectAll().orderBy('code').execute();
  return rows.map((row) => ({
    code: row.code,
    name: { en: row.name_en, cy: row.name_cy },
    councilName: { en: row.council_name_en, cy: row.council_name_cy },
    childrenLookedAfter2024: row.children_looked_after_2024,
    fosteredInsideOwnAuthority2024: row.fostered_inside_own_authority_2024,
  }));
}

export async function listRegions(db: Kysely<Database>): Promise<Region[]> {
  const rows = await db.selectFrom('regions').selectAll().orderBy('kind').orderBy('id').execute();
  return rows.map((row) => ({ id: row.id, kind: row.kind as Region['kind'], name: { en: row.name_en, cy: row.name_cy } }));
}

/** The memberships in force on a date: which region each authority belonged to then. */
export async function regionMembershipsOn(db: Kysely<Database>, onDate: string): Promise<RegionMembership[]> {
  const rows = await db
    .selectFrom('region_memberships')
    .selectAll()
    .where('from_on', '<=', onDate)
    .where((eb) => eb.or([eb('to_on', 'is', null), eb('to_on', '>=', onDate)]))
    .orderBy('authority_code')
    .orderBy('region_id')
    .execute();
  return rows.map((row) => ({ authorityCode: row.authority_code, regionId: row.region_id, from: row.from_on, to: row.to_on }));
}
