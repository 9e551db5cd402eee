// The Active Offer journey: reads a child's case and records each step of the pathway. A step
// is one transaction: load the snapshot and its version, apply the event with the workflow
// engine, save the new snapshot (a stale version is refused), append the event, store the
// rounds, run the child's rules again, and write the audit record.
import { randomUUID } from 'node:crypto';
import {
  createCase,
  findActiveOfferCaseOfChild,
  getChild,
  listOfferRounds,
  loadRecordOfChild,
  providersForAuthority,
  recordCaseEvent,
  replaceOfferRounds,
  staleVersion,
  transaction,
  type Database,
} from '@cynnig/data';
import { CynnigError, type ActiveOfferEvent, type ActiveOfferEventType, type ActiveOfferSummary } from '@cynnig/domain';
import { allowedEvents, applyEvent, openingEvents, type StoredSnapshot } from '@cynnig/workflows';
import type { Kysely } from 'kysely';
import { appendAudit } from '../audit/audit-trail.js';
import { mayRecordActiveOfferEvent } from '../auth/permissions.js';
import { ProblemError } from '../problems/problem-error.js';
import { auditActorOf, todayOf, type Actor } from './actor.js';
import { reevaluateStoredChild, type ChildRules } from './child-rules.js';

export interface ActiveOfferView {
  readonly childId: string;
  readonly caseId: string | null;
  /** 0 before the case is opened; send it back as expectedVersion. */
  readonly version: number;
  readonly state: string | null;
  readonly rounds: ActiveOfferSummary[];
  /** The steps this person may record next. */
  readonly allowedEvents: ActiveOfferEventType[];
}

function forRole(actor: Actor, events: readonly ActiveOfferEventType[]): ActiveOfferEventType[] {
  return events.filter((type) => mayRecordActiveOfferEvent(actor.user.role, type));
}

export async function readActiveOffer(db: Kysely<Database>, actor: Actor, childId: string): Promise<ActiveOfferView> {
  await getChild(db, actor.scope, childId);
  const found = await findActiveOfferCaseOfChild(db, actor.scope, childId);
  const rounds = await listOfferRounds(db, actor.scope, childId);
  await appendAudit(db, auditActorOf(actor), { action: 'active-offer.read', childId }, actor.now);
  if (!found) return { childId, caseId: null, version: 0, state: null, rounds, allowedEvents: forRole(actor, openingEvents('active-offer')) };
  const stored = found.snapshot as StoredSnapshot<'active-offer'>;
  return { childId, caseId: found.id, version: found.version, state: found.state, rounds, allowedEvents: forRole(actor, allowedEvents(stored)) };
}

/** The child's rounds with those of one case replaced by its latest list, in stored order (case, then round). */
function withRoundsOfCase(offers: readonly ActiveOfferSummary[], caseId: string, rounds: readonly ActiveOfferSummary[]): ActiveOfferSummary[] {
  const at = offers.findIndex((round) => round.caseId === caseId);
  const others = offers.filter((round) => round.caseId !== caseId);
  if (at < 0) return [...others, ...rounds];
  return [...others.slice(0, at), ...rounds, ...others.slice(at)];
}

/**
 * The rounds a person sees after their step, as `listOfferRounds` would read them: a provider
 * sees the rounds referred to it, and none once the case is no longer referred to it.
 */
function roundsSeenBy(actor: Actor, offers: readonly ActiveOfferSummary[], caseProviderId: string | null): ActiveOfferSummary[] {
  if (actor.scope.kind !== 'provider') return [...offers];
  const providerId = actor.scope.providerId;
  return caseProviderId === providerId ? offers.filter((round) => round.providerId === providerId) : [];
}

const notForYourRole = () =>
  new ProblemError('forbidden', {
    detail: { en: 'Your role does not record this step of the Active Offer', cy: 'Nid yw eich rôl yn cofnodi\'r cam hwn o\'r cynnig gweithredol' },
  });

export async function recordActiveOfferEvent(
  db: Kysely<Database>,
  rules: ChildRules,
  actor: Actor,
  childId: string,
  input: { event: ActiveOfferEvent; expectedVersion: number },
): Promise<ActiveOfferView> {
  const { event, expectedVersion } = input;
  return transaction(db, async (trx) => {
    // Scope first: a child outside it is not found, whatever the step.
    const child = await getChild(trx, actor.scope, childId);
    if (!mayRecordActiveOfferEvent(actor.user.role, event.type)) throw notForYourRole();
    if (event.type === 'REFERRED') {
      const serving = await providersForAuthority(trx, child.child.authorityCode);
      if (!serving.some((provider) => provider.id === event.providerId)) {
        throw new CynnigError({
          code: 'active-offer.provider-not-commissioned',
          message: { en: 'Choose an advocacy provider that serves this authority', cy: 'Dewiswch ddarparwr eiriolaeth sy\'n gwasanaethu\'r awdurdod hwn' },
          path: ['event', 'providerId'],
        });
      }
    }
    const found = await findActiveOfferCaseOfChild(trx, actor.scope, childId);
    const recordedAt = actor.now.toISOString();
    let caseId: string;
    let version: number;
    let result;
    let providerId: string | null;
    if (!found) {
      if (expectedVersion !== 0) throw staleVersion('case', 0, expectedVersion);
      caseId = randomUUID();
      result = applyEvent('active-offer', null, event, { caseId, childId });
      if (!result.ok) throw result.error;
      providerId = result.effects.activeOfferRounds.at(-1)?.providerId ?? null;
      const created = await createCase(trx, 'active-offer', {
        id: caseId,
        childId,
        authorityCode: child.child.authorityCode,
        state: result.snapshot.value,
        snapshot: result.snapshot,
        machineVersion: String(result.snapshot.machineVersion),
        columns: { providerId },
        firstEvent: event,
        recordedAt,
        recordedBy: actor.user.id,
      });
      version = created.version;
    } else {
      if (found.version !== expectedVersion) throw staleVersion('case', found.version, expectedVersion);
      caseId = found.id;
      result = applyEvent('active-offer', found.snapshot as StoredSnapshot<'active-offer'>, event, { caseId, childId });
      if (!result.ok) throw result.error;
      providerId = result.effects.activeOfferRounds.at(-1)?.providerId ?? found.columns.providerId;
      const saved = await recordCaseEvent(trx, 'active-offer', caseId, event, {
        state: result.snapshot.value,
        snapshot: result.snapshot,
        machineVersion: String(result.snapshot.machineVersion),
        expectedVersion,
        columns: { providerId },
        now: recordedAt,
        recordedBy: actor.user.id,
      });
      version = saved.version;
    }
    // The child's record as it stands before the step, read once: its rounds of this case are
    // what the new rounds are compared with, and with the new rounds in their place it is what
    // the rules run on. Nothing else in the record changes in a step.
    const before = await loadRecordOfChild(trx, child.child);
    const offers = withRoundsOfCase(before.offers, caseId, result.effects.activeOfferRounds);
    await replaceOfferRounds(trx, caseId, result.effects.activeOfferRounds, { stored: before.offers.filter((round) => round.caseId === caseId) });
    await reevaluateStoredChild(trx, rules, child.child, todayOf(actor), actor.now, { ...before, offers });
    await appendAudit(trx, auditActorOf(actor), { action: 'active-offer.event', childId, detail: { caseId, type: event.type, version } }, actor.now);
    const rounds = roundsSeenBy(actor, offers, providerId);
    return { childId, caseId, version, state: result.snapshot.value, rounds, allowedEvents: forRole(actor, result.allowedEvents) };
  });
}
