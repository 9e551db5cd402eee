// Writes a generated population into the database quickly: providers and users first, then the
// children and everything about them in batched transactions with multi-row inserts. Workflow
// snapshots come from the caller (the API's seed command runs the workflow engine), because
// this package does not depend on the machines.
import type { AdvocacyProvider, User } from '@cynnig/domain';
import type { Kysely } from 'kysely';
import { nowTimestamp, toFlag, toJsonText, toStoredTimestamp } from '../database/column-values.js';
import type { Database } from '../database/schema.js';
import { transaction } from '../database/transaction.js';
import { allocationColumns } from '../repositories/allocation-repository.js';
import { childColumns } from '../repositories/child-repository.js';
import { entitlementColumns } from '../repositories/entitlement-repository.js';
import { lifeEventColumns } from '../repositories/life-event-repository.js';
import { offerRoundColumns } from '../repositories/offer-round-repository.js';
import { placementColumns } from '../repositories/placement-repository.js';
import { reviewColumns } from '../repositories/review-repository.js';
import type { GeneratedChild } from './generate-child.js';

export interface SnapshotContext {
  caseId: string;
  childId: string;
  dateOfBirth: string;
  /** For a missing episode: the child's other episodes, as the engine checks a report against them. */
  otherEpisodes: { id: string; startedAt: string; endedAt: string | null }[];
}

/** What the caller's workflow engine says a case's events lead to. */
export type SnapshotOf = (
  kind: 'active-offer' | 'missing-episode',
  events: readonly unknown[],
  context: SnapshotContext,
) => { state: string; snapshot: unknown; machineVersion: string | number };

export interface WritePopulationOptions {
  /** Children per transaction (default 250). */
  batchSize?: number;
  /** Without it, cases store the generator's own state and a placeholder snapshot marked 'unreplayed'. */
  snapshotOf?: SnapshotOf;
  /** A password hash for a user (demo accounts), or null for none. */
  passwordHashOf?: (user: User) => string | null;
  /** Called after each batch with the number of children written so far. */
  onProgress?: (childrenWritten: number) => void;
  now?: string;
}

export interface WrittenCounts {
  providers: number;
  users: number;
  children: number;
  activeOfferEvents: number;
  missingEpisodes: number;
  missingEpisodeEvents: number;
}

const missingStateAfter: Readonly<Record<string, string>> = {
  REPORTED: 'missing', RISK_REGRADED: 'missing', UPDATE_NOTED: 'missing', RETURNED: 'returned', CONVERSATION_OFFERED: 'conversationOffered',
  CONVERSATION_ACCEPTED: 'conversationAccepted', CONVERSATION_HELD: 'conversationHeld', CONVERSATION_DECLINED: 'conversationDeclined',
  ACTIONS_AGREED: 'actionsAgreed', CLOSED: 'closed',
};

/** The generator's own idea of a case's state, used when no workflow engine is given. */
const unreplayed: SnapshotOf = (kind, events) => {
  const last = events[events.length - 1] as { type: string } | undefined;
  const state = kind === 'missing-episode' ? missingStateAfter[last?.type ?? 'REPORTED'] ?? 'missing' : 'unknown';
  return { state, snapshot: { unreplayed: true }, machineVersion: 'unreplayed' };
};

/** Inserts rows in statements small enough for both engines' parameter limits. */
async function insertRows(db: Kysely<any>, table: string, rows: Record<string, unknown>[]): Promise<void> {
  if (rows.length === 0) return;
  const perStatement = Math.max(1, Math.min(500, Math.floor(30_000 / Object.keys(rows[0]!).length)));
  for (let i = 0; i < rows.length; i += perStatement) await db.insertInto(table).values(rows.slice(i, i + perStatement)).execute();
}

function userRow(user: User, passwordHash: string | null, now: string) {
  return {
    id: user.id, email: user.email, display_name: user.displayName, role: user.role, authority_code: user.authorityCode, provider_id: user.providerId,
    preferred_language: user.preferredLanguage, active: toFlag(user.active), password_hash: passwordHash, failed_sign_ins: 0, locked_until: null, created_at: now, updated_at: now,
  };
}

/**
 * Writes the population's providers, users and children (with entitlements, placements,
 * allocations, life events, reviews, Active Offer cases, events and rounds, missing episodes
 * and their events). `generated` is a GeneratedPopulation or anything with the same parts.
 */
export async function writePopulationRecords(
  db: Kysely<Database>,
  generated: { providers: readonly AdvocacyProvider[]; users: readonly User[] } & Iterable<GeneratedChild>,
  options: WritePopulationOptions = {},
): Promise<WrittenCounts> {
  const now = options.now ?? nowTimestamp();
  const batchSize = Math.max(1, options.batchSize ?? 250);
  const snapshotOf = options.snapshotOf ?? unreplayed;
  const counts: WrittenCounts = { providers: generated.providers.length, users: generated.users.length, children: 0, activeOfferEvents: 0, missingEpisodes: 0, missingEpisodeEvents: 0 };

  await transaction(db, async (trx) => {
    const anyTrx = trx as unknown as Kysely<any>;
    await insertRows(anyTrx, 'advocacy_providers', generated.providers.map((p) => ({ id: p.id, name: p.name, created_at: now })));
    await insertRows(anyTrx, 'provider_authorities', generated.providers.flatMap((p) => p.authorityCodes.map((code) => ({ provider_id: p.id, authority_code: code }))));
    await insertRows(anyTrx, 'users', generated.users.map((u) => userRow(u, options.passwordHashOf?.(u) ?? null, now)));
  });

  let batch: GeneratedChild[] = [];
  const flush = async () => {
    if (batch.length === 0) return;
    const rows: Record<string, Record<string, unknown>[]> = {
      children: [], entitlements: [], placements: [], allocations: [], life_events: [], reviews: [],
      active_offer_cases: [], active_offer_events: [], offer_rounds: [], missing_episodes: [], missing_episode_events: [],
    };
    for (const generatedChild of batch) {
      const { record } = generatedChild;
      const { child } = record;
      rows.children!.push({ id: child.id, ...childColumns(child), pseudonym: generatedChild.pseudonym, next_due_on: null, version: 1, created_at: now, updated_at: now });
      rows.entitlements!.push(...record.entitlements.map(entitlementColumns));
      rows.placements!.push(...record.placements.map(placementColumns));
      rows.allocations!.push(...record.allocations.map(allocationColumns));
      rows.life_events!.push(...record.lifeEvents.map(lifeEventColumns));
      rows.reviews!.push(...record.reviews.map(reviewColumns));
      const otherEpisodes = record.missingEpisodes.map(({ id, startedAt, endedAt }) => ({ id, startedAt, endedAt }));
      if (generatedChild.activeOfferEvents.length > 0) {
        const events = generatedChild.activeOfferEvents;
        const caseId = generatedChild.activeOfferCaseId;
        const { state, snapshot, machineVersion } = snapshotOf('active-offer', events.map((e) => e.event), { caseId, childId: child.id, dateOfBirth: child.dateOfBirth, otherEpisodes: [] });
        const referredTo = [...record.offers].reverse().find((round) => round.providerId !== null)?.providerId ?? null;
        rows.active_offer_cases!.push({
          id: caseId, child_id: child.id, authority_code: child.authorityCode, state: kindState(state, record.offers), snapshot: toJsonText(snapshot), machine_version: String(machineVersion),
          version: events.length, created_at: events[0]!.recordedAt, updated_at: events[events.length - 1]!.recordedAt, provider_id: referredTo,
        });
        events.forEach(({ event, recordedAt }, i) => rows.active_offer_events!.push({ case_id: caseId, sequence: i + 1, type: event.type, payload: toJsonText(event), recorded_at: recordedAt, recorded_by: null }));
        rows.offer_rounds!.push(...record.offers.map(offerRoundColumns));
        counts.activeOfferEvents += events.length;
      }
      for (const episode of generatedChild.missingEpisodes) {
        const { summary } = episode;
        const { state, snapshot, machineVersion } = snapshotOf('missing-episode', episode.events.map((e) => e.event), {
          caseId: episode.id, childId: child.id, dateOfBirth: child.dateOfBirth, otherEpisodes: otherEpisodes.filter((other) => other.id !== episode.id),
        });
        rows.missing_episodes!.push({
          id: episode.id, child_id: child.id, authority_code: child.authorityCode, state, snapshot: toJsonText(snapshot), machine_version: String(machineVersion),
          version: episode.events.length, created_at: episode.events[0]!.recordedAt, updated_at: episode.events[episode.events.length - 1]!.recordedAt,
          kind: summary.kind, risk_grade: summary.riskGrade, started_at: toStoredTimestamp(summary.startedAt), ended_at: summary.endedAt === null ? null : toStoredTimestamp(summary.endedAt),
          conversation_offered_at: summary.conversationOfferedAt === null ? null : toStoredTimestamp(summary.conversationOfferedAt),
          conversation_held_at: summary.conversationHeldAt === null ? null : toStoredTimestamp(summary.conversationHeldAt),
          conversation_declined: toFlag(summary.conversationDeclined), exploitation_indicators: toJsonText(summary.exploitationIndicators),
        });
        episode.events.forEach(({ event, recordedAt }, i) => rows.missing_episode_events!.push({ case_id: episode.id, sequence: i + 1, type: event.type, payload: toJsonText(event), recorded_at: recordedAt, recorded_by: null }));
        counts.missingEpisodes += 1;
        counts.missingEpisodeEvents += episode.events.length;
      }
    }
    await transaction(db, async (trx) => {
      const anyTrx = trx as unknown as Kysely<any>;
      for (const table of Object.keys(rows)) await insertRows(anyTrx, table, rows[table]!);
    });
    counts.children += batch.length;
    batch = [];
    options.onProgress?.(counts.children);
  };

  for (const generatedChild of generated) {
    batch.push(generatedChild);
    if (batch.length >= batchSize) await flush();
  }
  await flush();
  return counts;
}

/** Without an engine the case's state is the last round's. */
function kindState(state: string, rounds: readonly { state: string }[]): string {
  return state === 'unknown' ? (rounds[rounds.length - 1]?.state ?? 'awaitingChildTold') : state;
}
