// The three workflows a child's page records steps of: the Active Offer (one long-lived
// case per child, with its rounds), missing episodes and IRO concerns. Every step is
// sent with the version it was read at, so a stale edit is a 409, never an overwrite.
// Shapes follow apps/api/src/routes/v1/{active-offer,cases}/schema.ts.
import { activeOfferSummarySchema, idSchema, type ActiveOfferEvent, type MissingEpisodeEvent, type OversightEvent } from '@cynnig/domain';
import { z } from 'zod';
import type { ApiClient } from './client';

export const activeOfferViewSchema = z.object({
  childId: idSchema,
  caseId: idSchema.nullable(),
  version: z.number().int().min(0),
  state: z.string().nullable(),
  rounds: z.array(activeOfferSummarySchema),
  allowedEvents: z.array(z.string()),
});
export type ActiveOfferView = z.infer<typeof activeOfferViewSchema>;

export const caseViewSchema = z.object({
  childId: idSchema,
  caseId: idSchema,
  version: z.number().int(),
  state: z.string(),
  summary: z.record(z.string(), z.unknown()),
  allowedEvents: z.array(z.string()),
});
export type CaseView = z.infer<typeof caseViewSchema>;

export const caseListSchema = z.object({ items: z.array(caseViewSchema), openingEvents: z.array(z.string()) });
export type CaseList = z.infer<typeof caseListSchema>;

/** The two kinds of case that share one resource shape in the API. */
export type CaseSegment = 'missing-episodes' | 'oversight';

const child = (childId: string) => `/children/${encodeURIComponent(childId)}`;

export function workflowApi(client: ApiClient) {
  return {
    activeOffer(childId: string): Promise<ActiveOfferView> {
      return client.request('GET', `${child(childId)}/active-offer`, activeOfferViewSchema);
    },
    recordActiveOfferStep(childId: string, event: ActiveOfferEvent, expectedVersion: number): Promise<ActiveOfferView> {
      return client.request('POST', `${child(childId)}/active-offer/events`, activeOfferViewSchema, { event, expectedVersion });
    },
    cases(childId: string, segment: CaseSegment): Promise<CaseList> {
      return client.request('GET', `${child(childId)}/${segment}`, caseListSchema);
    },
    readCase(childId: string, segment: CaseSegment, caseId: string): Promise<CaseView> {
      return client.request('GET', `${child(childId)}/${segment}/${encodeURIComponent(caseId)}`, caseViewSchema);
    },
    /** Opens a case (caseId null) with its first event, or records the next step of one. */
    recordCaseStep(childId: string, segment: CaseSegment, caseId: string | null, event: MissingEpisodeEvent | OversightEvent, expectedVersion: number): Promise<CaseView> {
      const path = caseId === null ? `${child(childId)}/${segment}` : `${child(childId)}/${segment}/${encodeURIComponent(caseId)}/events`;
      return client.request('POST', path, caseViewSchema, { event, expectedVersion });
    },
  };
}
