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

/** Replaces every round of a case with the engine's latest list, atomically. */
export async function replaceOfferRounds(db: Kysely<Database>, caseId: string, rounds: readonly ActiveOfferSummary[]): Promise<void> {
  await transaction(db, async (trx) => {
    await trx.deleteFrom('offer_rounds').where('case_id', '=', caseId).execute();
    if (rounds.length > 0) await trx.insertInto('offer_rounds').values(rounds.map(offerRoundColumns)).execute();
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
