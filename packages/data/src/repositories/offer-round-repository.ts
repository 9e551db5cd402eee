// Active Offer rounds as plain rows, one per round of a child's case: what the workflow
// engine returns after each step is written here in full, so queues, rules and monitoring
// read rounds without replaying events.
import type { ActiveOfferSummary } from '@cynnig/domain';
import type { Kysely, Selectable } from 'kysely';
import { fromFlag, toFlag } from '../database/column-values.js';
import type { Database, OfferRoundsTable } from '../database/schema.js';
import { transaction } from '../database/transaction.js';
import type { Scope } from '../scope.js';
import { childIsInScope } from './child-facts-scope.js';

export function offerRoundFromRow(row: Selectable<OfferRoundsTable>): ActiveOfferSummary {
  return {
    caseId: row.case_id,
    childId: row.child_id,
    round: Number(row.round),
    state: row.state,
    trigger: row.trigger as ActiveOfferSummary['trigger'],
    triggeredOn: row.triggered_on,
    providerId: row.provider_id,
    childToldOn: row.child_told_on,
    referredOn: row.referred_on,
    offerMadeOn: row.offer_made_on,
    offerLanguage: row.offer_language as ActiveOfferSummary['offerLanguage'],
    mode: row.mode as ActiveOfferSummary['mode'],
    outcome: row.outcome as ActiveOfferSummary['outcome'],
    outcomeOn: row.outcome_on,
    outcomeConfirmedOn: row.outcome_confirmed_on,
    advocacyEndedOn: row.advocacy_ended_on,
    isReoffer: fromFlag(row.is_reoffer),
  };
}

export function offerRoundColumns(round: ActiveOfferSummary) {
  return {
    case_id: round.caseId,
    round: round.round,
    child_id: round.childId,
    state: round.state,
    trigger: round.trigger,
    triggered_on: round.triggeredOn,
    provider_id: round.providerId,
    child_told_on: round.childToldOn,
    referred_on: round.referredOn,
    offer_made_on: round.offerMadeOn,
    offer_language: round.offerLanguage,
    mode: round.mode,
    outcome: round.outcome,
    outcome_on: round.outcomeOn,
    outcome_confirmed_on: round.outcomeConfirmedOn,
    advocacy_ended_on: round.advocacyEndedOn,
    is_reoffer: toFlag(round.isReoffer),
  };
}

function sameRound(a: ActiveOfferSummary, b: ActiveOfferSummary): boolean {
  const left = offerRoundColumns(a);
  const right = offerRoundColumns(b);
  return (Object.keys(left) as (keyof typeof left)[]).every((column) => left[column] === right[column]);
}

/**
 * Makes a case's stored rounds the engine's latest list, atomically. Only rounds that changed
 * are written (a step usually changes the last round or opens a new one), in one statement;
 * `stored`, when the caller has just read the case's rounds in the same transaction, saves
 * reading them again.
 */
export async function replaceOfferRounds(db: Kysely<Database>, caseId: string, rounds: readonly ActiveOfferSummary[], { stored }: { stored?: readonly ActiveOfferSummary[] } = {}): Promise<void> {
  await transaction(db, async (trx) => {
    const before = stored ?? (await trx.selectFrom('offer_rounds').selectAll().where('case_id', '=', caseId).execute()).map(offerRoundFromRow);
    const kept = new Map(before.filter((round) => round.caseId === caseId).map((round) => [round.round, round]));
    const changed = rounds.filter((round) => {
      const old = kept.get(round.round);
      return old === undefined || !sameRound(old, round);
    });
    const gone = [...kept.keys()].filter((number) => !rounds.some((round) => round.round === number));
    if (gone.length > 0) await trx.deleteFrom('offer_rounds').where('case_id', '=', caseId).where('round', 'in', gone).execute();
    if (changed.length === 0) return;
    await trx
      .insertInto('offer_rounds')
      .values(changed.map(offerRoundColumns))
      .onConflict((conflict) =>
        conflict.columns(['case_id', 'round']).doUpdateSet((eb) => ({
          child_id: eb.ref('excluded.child_id'),
          state: eb.ref('excluded.state'),
          trigger: eb.ref('excluded.trigger'),
          triggered_on: eb.ref('excluded.triggered_on'),
          provider_id: eb.ref('excluded.provider_id'),
          child_told_on: eb.ref('excluded.child_told_on'),
          referred_on: eb.ref('excluded.referred_on'),
          offer_made_on: eb.ref('excluded.offer_made_on'),
          offer_language: eb.ref('excluded.offer_language'),
          mode: eb.ref('excluded.mode'),
          outcome: eb.ref('excluded.outcome'),
          outcome_on: eb.ref('excluded.outcome_on'),
          outcome_confirmed_on: eb.ref('excluded.outcome_confirmed_on'),
          advocacy_ended_on: eb.ref('excluded.advocacy_ended_on'),
          is_reoffer: eb.ref('excluded.is_reoffer'),
        })),
      )
      .execute();
  });
}

/**
 * A child's rounds in order. A provider sees only the rounds referred to it: the referral,
 * not the authority's earlier history with another provider.
 */
export async function listOfferRounds(db: Kysely<Database>, scope: Scope, childId: string): Promise<ActiveOfferSummary[]> {
  if (!(await childIsInScope(db, scope, childId))) return [];
  let query = db.selectFrom('offer_rounds').selectAll().where('child_id', '=', childId);
  if (scope.kind === 'provider') query = query.where('provider_id', '=', scope.providerId);
  return (await query.orderBy('case_id').orderBy('round').execute()).map(offerRoundFromRow);
}

/**
 * The authorities whose children have ever been referred to a provider, by code. A provider
 * knows these from its own inbox; its dashboard lists them, and no other authority, when it
 * splits its figures by where children come from.
 */
export async function authoritiesReferringTo(db: Kysely<Database>, providerId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('offer_rounds')
    .innerJoin('children', 'children.id', 'offer_rounds.child_id')
    .select('children.authority_code')
    .distinct()
    .where('offer_rounds.provider_id', '=', providerId)
    .orderBy('children.authority_code')
    .execute();
  return rows.map((row) => row.authority_code);
}
