// Reading children: the list in scope with their due items, one child's record, and the
// child's timeline. Every read of child-level data is audited. Providers get the referral
// (who the child is and how to talk with them), never the rest of the child's life.
import {
  getChild,
  listCaseEvents,
  listCasesOfChild,
  listDueItemsForChild,
  loadChildRecord,
  loadRecordOfChild,
  searchChildren,
  type ChildSearch,
  type Database,
  type StoredChild,
} from '@cynnig/data';
import type { ChildRecord, DueItem, Language } from '@cynnig/domain';
import type { Kysely } from 'kysely';
import { appendAudit } from '../audit/audit-trail.js';
import { auditActorOf, todayOf, type Actor } from './actor.js';
import { returnHomeConversationGuides, type ConversationGuideView } from './return-home-conversation.js';

export interface ChildListItem {
  id: string;
  authorityCode: string;
  caseReference: string | null;
  givenName: string;
  familyName: string;
  dateOfBirth: string;
  legalStatus: string | null;
  version: number;
  dueItems: DueItem[];
}

export interface Referral {
  id: string;
  authorityCode: string;
  givenName: string;
  familyName: string;
  dateOfBirth: string;
  preferredLanguage: string;
  otherLanguageName: string | null;
  communicationNeeds: string[];
}

function listItem(actor: Actor, stored: StoredChild, dueItems: DueItem[]): ChildListItem {
  const provider = actor.scope.kind === 'provider';
  const { child } = stored;
  return {
    id: child.id,
    authorityCode: child.authorityCode,
    caseReference: provider ? null : child.caseReference,
    givenName: child.givenName,
    familyName: child.familyName,
    dateOfBirth: child.dateOfBirth,
    legalStatus: provider ? null : child.legalStatus,
    version: stored.version,
    dueItems,
  };
}

export async function listChildren(db: Kysely<Database>, actor: Actor, search: ChildSearch) {
  const page = await searchChildren(db, actor.scope, { ...search, asOf: todayOf(actor) });
  const items = await Promise.all(page.items.map(async (stored) => listItem(actor, stored, await listDueItemsForChild(db, actor.scope, stored.child.id))));
  await appendAudit(db, auditActorOf(actor), items.map((item) => ({ action: 'child.listed', childId: item.id })), actor.now);
  return { items, total: page.total };
}

export type ChildView =
  | { view: 'full'; version: number; record: ChildRecord; dueItems: DueItem[]; returnHomeConversations: ConversationGuideView[] }
  | { view: 'referral'; version: number; referral: Referral; dueItems: DueItem[] };

/** `language` is the reader's: the return home conversation guides beside the full record are in it. */
export async function readChild(db: Kysely<Database>, actor: Actor, childId: string, language: Language = 'en'): Promise<ChildView> {
  const stored = await getChild(db, actor.scope, childId);
  const dueItems = await listDueItemsForChild(db, actor.scope, childId);
  await appendAudit(db, auditActorOf(actor), { action: 'child.read', childId }, actor.now);
  if (actor.scope.kind === 'provider') {
    const { child } = stored;
    return {
      view: 'referral',
      version: stored.version,
      referral: {
        id: child.id,
        authorityCode: child.authorityCode,
        givenName: child.givenName,
        familyName: child.familyName,
        dateOfBirth: child.dateOfBirth,
        preferredLanguage: child.preferredLanguage,
        otherLanguageName: child.otherLanguageName,
        communicationNeeds: [...child.communicationNeeds],
      },
      dueItems,
    };
  }
  // The child was found in the reader's scope above, and authority staff see the whole record.
  const record = await loadRecordOfChild(db, stored.child);
  const guides = await returnHomeConversationGuides(db, actor, record, language);
  return { view: 'full', version: stored.version, record, dueItems, returnHomeConversations: [...guides.values()] };
}

export interface TimelineEntry {
  at: string;
  source: 'active-offer' | 'missing-episode' | 'oversight' | 'life-event' | 'review' | 'placement';
  type: string;
  caseId: string | null;
  detail: Record<string, unknown>;
}

/** When a step happened: its own date or moment (`on`, `at`), else when it was recorded. */
function happenedAt(event: Record<string, unknown> | null, recordedAt: string): string {
  const own = event?.['at'] ?? event?.['on'];
  return typeof own === 'string' ? own : recordedAt;
}

/**
 * Everything that has happened in the child's record here, newest first by when it happened
 * (a step recorded late sits where it belongs); entries on the same date keep the order they
 * were recorded in, latest first.
 */
export async function readTimeline(db: Kysely<Database>, actor: Actor, childId: string): Promise<TimelineEntry[]> {
  await getChild(db, actor.scope, childId);
  const entries: TimelineEntry[] = [];
  for (const kind of ['active-offer', 'missing-episode', 'oversight'] as const) {
    for (const stored of await listCasesOfChild(db, actor.scope, kind, childId)) {
      for (const event of await listCaseEvents<Record<string, unknown>>(db, kind, stored.id)) {
        entries.push({ at: happenedAt(event.event, event.recordedAt), source: kind, type: event.type, caseId: stored.id, detail: event.event ?? {} });
      }
    }
  }
  const record = await loadChildRecord(db, actor.scope, childId);
  for (const event of record?.lifeEvents ?? []) entries.push({ at: event.occurredOn, source: 'life-event', type: event.kind, caseId: null, detail: { ...event } });
  for (const review of record?.reviews ?? []) entries.push({ at: review.heldOn, source: 'review', type: review.kind, caseId: null, detail: { ...review } });
  for (const placement of record?.placements ?? []) entries.push({ at: placement.start, source: 'placement', type: placement.type, caseId: null, detail: { ...placement } });
  await appendAudit(db, auditActorOf(actor), { action: 'child.timeline-read', childId }, actor.now);
  return entries.reverse().sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));
}
