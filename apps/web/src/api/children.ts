// Children in the signed-in person's scope, one child's record (or, for an advocacy
// provider, the referral only) and the child's timeline. Shapes follow
// apps/api/src/routes/v1/children/schema.ts; fields the pages do not use are ignored.
import { childRecordSchema, dueItemSchema, idSchema } from '@cynnig/domain';
import { z } from 'zod';
import type { ApiClient } from './client';

export const childListItemSchema = z.object({
  id: idSchema,
  authorityCode: z.string(),
  caseReference: z.string().nullable(),
  givenName: z.string(),
  familyName: z.string(),
  dateOfBirth: z.string(),
  legalStatus: z.string().nullable(),
  version: z.number().int(),
  dueItems: z.array(dueItemSchema),
});
export type ChildListItem = z.infer<typeof childListItemSchema>;

export const childrenPageSchema = z.object({ items: z.array(childListItemSchema), total: z.number().int() });
export type ChildrenPage = z.infer<typeof childrenPageSchema>;

export const referralSchema = z.object({
  id: idSchema,
  authorityCode: z.string(),
  givenName: z.string(),
  familyName: z.string(),
  dateOfBirth: z.string(),
  preferredLanguage: z.string(),
  otherLanguageName: z.string().nullable(),
  communicationNeeds: z.array(z.string()),
});
export type Referral = z.infer<typeof referralSchema>;

export const childViewSchema = z.discriminatedUnion('view', [
  z.object({ view: z.literal('full'), version: z.number().int(), record: childRecordSchema, dueItems: z.array(dueItemSchema) }),
  z.object({ view: z.literal('referral'), version: z.number().int(), referral: referralSchema, dueItems: z.array(dueItemSchema) }),
]);
export type ChildView = z.infer<typeof childViewSchema>;

export const timelineEntrySchema = z.object({
  at: z.string(),
  source: z.enum(['active-offer', 'missing-episode', 'oversight', 'life-event', 'review', 'placement']),
  type: z.string(),
  caseId: idSchema.nullable(),
  detail: z.record(z.string(), z.unknown()),
});
export type TimelineEntry = z.infer<typeof timelineEntrySchema>;

/** The few facts every page about a child shows at the top, whichever view the API gave. */
export interface ChildHeading {
  readonly id: string;
  readonly name: string;
  readonly dateOfBirth: string;
  readonly caseReference: string | null;
}

export function childHeadingOf(view: ChildView): ChildHeading {
  if (view.view === 'full') {
    const { child } = view.record;
    return { id: child.id, name: `${child.givenName} ${child.familyName}`, dateOfBirth: child.dateOfBirth, caseReference: child.caseReference };
  }
  const { referral } = view;
  return { id: referral.id, name: `${referral.givenName} ${referral.familyName}`, dateOfBirth: referral.dateOfBirth, caseReference: null };
}

export function childrenApi(client: ApiClient) {
  return {
    list(options: { q?: string; overdue?: boolean; limit?: number; offset?: number } = {}): Promise<ChildrenPage> {
      const params = new URLSearchParams();
      if (options.q) params.set('q', options.q);
      if (options.overdue) params.set('overdue', 'true');
      params.set('limit', String(options.limit ?? 25));
      params.set('offset', String(options.offset ?? 0));
      return client.request('GET', `/children?${params.toString()}`, childrenPageSchema);
    },
    read(childId: string): Promise<ChildView> {
      return client.request('GET', `/children/${encodeURIComponent(childId)}`, childViewSchema);
    },
    async timeline(childId: string): Promise<TimelineEntry[]> {
      return (await client.request('GET', `/children/${encodeURIComponent(childId)}/timeline`, z.object({ items: z.array(timelineEntrySchema) }))).items;
    },
  };
}
