// Recording the facts of a child's life (life events, placements, allocations, reviews). Each
// is one transaction: check the child is in scope, write the fact, run the child's rules (a
// placement move can make a re-offer due), and audit.
import { addLifeEvent, addPlacement, addReview, findUserById, getChild, reallocate, transaction, type Database, type StoredChild } from '@cynnig/data';
import { CynnigError, type Allocation, type LifeEvent, type Placement, type Review } from '@cynnig/domain';
import type { Kysely } from 'kysely';
import { appendAudit } from '../audit/audit-trail.js';
import { auditActorOf, todayOf, type Actor } from './actor.js';
import { reevaluateStoredChild, type ChildRules } from './child-rules.js';

async function recordFact<T extends { id: string }>(
  db: Kysely<Database>,
  rules: ChildRules,
  actor: Actor,
  childId: string,
  action: string,
  write: (trx: Kysely<Database>, child: StoredChild) => Promise<T>,
): Promise<T> {
  return transaction(db, async (trx) => {
    const child = await getChild(trx, actor.scope, childId);
    const written = await write(trx, child);
    await reevaluateStoredChild(trx, rules, child.child, todayOf(actor), actor.now);
    await appendAudit(trx, auditActorOf(actor), { action, childId, detail: { id: written.id } }, actor.now);
    return written;
  });
}

export function recordLifeEvent(db: Kysely<Database>, rules: ChildRules, actor: Actor, childId: string, input: Omit<LifeEvent, 'id' | 'childId'>) {
  return recordFact(db, rules, actor, childId, 'life-event.recorded', (trx) => addLifeEvent(trx, { ...input, childId }));
}

/**
 * A new placement ends the open one the day it starts: a move, as the case system records it. One
 * that starts before the open one is refused, so a child never has two current placements.
 */
export function recordPlacement(db: Kysely<Database>, rules: ChildRules, actor: Actor, childId: string, input: Omit<Placement, 'id' | 'childId' | 'end'>) {
  return recordFact(db, rules, actor, childId, 'placement.recorded', async (trx) => {
    const later = await trx.selectFrom('placements').select('start_on').where('child_id', '=', childId).where('end_on', 'is', null).where('start_on', '>', input.start).executeTakeFirst();
    if (later) {
      throw new CynnigError({
        code: 'placement.starts-before-current',
        message: {
          en: `The child's current placement started on ${later.start_on}: record a placement that starts on or after that date`,
          cy: `Dechreuodd lleoliad presennol y plentyn ar ${later.start_on}: cofnodwch leoliad sy'n dechrau ar y dyddiad hwnnw neu ar ei ôl`,
        },
        path: ['start'],
      });
    }
    await trx.updateTable('placements').set({ end_on: input.start }).where('child_id', '=', childId).where('end_on', 'is', null).where('start_on', '<=', input.start).execute();
    return addPlacement(trx, { ...input, childId, end: null });
  });
}

export function recordAllocation(db: Kysely<Database>, rules: ChildRules, actor: Actor, childId: string, input: Pick<Allocation, 'role' | 'userId' | 'start'>) {
  return recordFact(db, rules, actor, childId, 'allocation.recorded', async (trx, child) => {
    const person = await findUserById(trx, input.userId);
    if (!person || !person.active || person.role !== input.role || person.authorityCode !== child.child.authorityCode) {
      throw new CynnigError({
        code: 'allocation.person-not-eligible',
        message: { en: 'Choose an active person with this role in the child\'s authority', cy: 'Dewiswch berson gweithredol sydd â\'r rôl hon yn awdurdod y plentyn' },
        path: ['userId'],
      });
    }
    return reallocate(trx, { childId, role: input.role, userId: input.userId, start: input.start });
  });
}

export function recordReview(db: Kysely<Database>, rules: ChildRules, actor: Actor, childId: string, input: Omit<Review, 'id' | 'childId' | 'iroUserId'>) {
  return recordFact(db, rules, actor, childId, 'review.recorded', (trx) => addReview(trx, { ...input, childId, iroUserId: actor.user.id }));
}
