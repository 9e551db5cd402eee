// The children a workload writes about, chosen so that its virtual social workers never share
// a child (each child's steps then come from one person, in order) and so that each child can
// take the workload's steps: an Active Offer the authority can move on, and no open missing
// episode (nor one ending later than now).
import type { Database } from '@cynnig/data';
import type { Kysely } from 'kysely';

/** Active Offer states in which the authority records the next step (or a new round opens). */
export const authorityStepStates = ['awaitingChildTold', 'awaitingPermission', 'awaitingReoffer'] as const;

export interface WorkloadChildren {
  readonly activeOffer: string[];
  readonly missing: string[];
}

/** Up to `perKind` looked after children of the authority for each kind of write, disjoint. */
export async function chooseWorkloadChildren(db: Kysely<Database>, authorityCode: string, perKind: number): Promise<WorkloadChildren> {
  const lookedAfter = db
    .selectFrom('entitlements')
    .select('entitlements.child_id')
    .where('entitlements.basis', '=', 'looked-after')
    .where('entitlements.end_on', 'is', null);
  const activeOffer = await db
    .selectFrom('children')
    .leftJoin('active_offer_cases', 'active_offer_cases.child_id', 'children.id')
    .select('children.id')
    .where('children.authority_code', '=', authorityCode)
    .where('children.id', 'in', lookedAfter)
    .where((eb) => eb.or([eb('active_offer_cases.state', 'is', null), eb('active_offer_cases.state', 'in', [...authorityStepStates])]))
    .orderBy('children.id')
    .limit(perKind)
    .execute();
  const taken = activeOffer.map((row) => row.id);
  // An episode still open, or one the generator ended later today (a population seeded today
  // carries times up to the end of its reference date), would make the workload's new episode overlap.
  const now = new Date().toISOString();
  const openEpisode = db
    .selectFrom('missing_episodes')
    .select('missing_episodes.child_id')
    .where((eb) => eb.or([eb('missing_episodes.ended_at', 'is', null), eb('missing_episodes.ended_at', '>', now)]));
  let missingQuery = db
    .selectFrom('children')
    .select('children.id')
    .where('children.authority_code', '=', authorityCode)
    .where('children.id', 'in', lookedAfter)
    .where('children.id', 'not in', openEpisode);
  if (taken.length > 0) missingQuery = missingQuery.where('children.id', 'not in', taken);
  const missing = await missingQuery.orderBy('children.id', 'desc').limit(perKind).execute();
  return { activeOffer: taken, missing: missing.map((row) => row.id) };
}
