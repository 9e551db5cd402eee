// Recording the facts of a child's life (life events, placements) and the IRO's
// review record. The rules run on each in the API's transaction, so a recorded
// placement move or review shows up at once as a re-offer due.
// Bodies follow apps/api/src/routes/v1/child-facts/schema.ts.
import type { LifeEventKind, PlacementLocation, PlacementType, ReviewAdvocacyFinding, ReviewKind } from '@cynnig/domain';
import { z } from 'zod';
import type { ApiClient } from './client';

export interface NewLifeEvent {
  readonly kind: LifeEventKind;
  readonly occurredOn: string;
  readonly note: string | null;
}

export interface NewPlacement {
  readonly type: PlacementType;
  readonly start: string;
  readonly location: PlacementLocation;
  readonly homeHasVisitingAdvocacy: boolean | null;
  readonly distanceFromHomeKm: number | null;
}

export interface NewReview {
  readonly kind: ReviewKind;
  readonly heldOn: string;
  readonly advocacyFinding: ReviewAdvocacyFinding;
  readonly spokeToChildPrivately: boolean;
  readonly note: string | null;
}

const recordedSchema = z.object({ id: z.string(), childId: z.string() }).loose();

export function childFactsApi(client: ApiClient) {
  const post = (childId: string, segment: string, body: unknown) => client.request('POST', `/children/${encodeURIComponent(childId)}/${segment}`, recordedSchema, body);
  return {
    recordLifeEvent: (childId: string, body: NewLifeEvent) => post(childId, 'life-events', body),
    recordPlacement: (childId: string, body: NewPlacement) => post(childId, 'placements', body),
    recordReview: (childId: string, body: NewReview) => post(childId, 'reviews', body),
  };
}
