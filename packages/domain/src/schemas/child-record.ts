// Everything known about one child, gathered: the input the rules' fact builder reads.
// The data layer assembles it; the generator produces it; imports validate against it.
import { z } from 'zod';
import { activeOfferSummarySchema } from './active-offer-summary.js';
import { allocationSchema, childSchema, entitlementSchema, lifeEventSchema, placementSchema } from './child.js';
import { missingEpisodeSummarySchema } from './missing-episode.js';
import { reviewSchema } from './oversight.js';

export const childRecordSchema = z.object({
  child: childSchema,
  entitlements: z.array(entitlementSchema),
  placements: z.array(placementSchema),
  allocations: z.array(allocationSchema),
  lifeEvents: z.array(lifeEventSchema),
  reviews: z.array(reviewSchema),
  offers: z.array(activeOfferSummarySchema),
  missingEpisodes: z.array(missingEpisodeSummarySchema),
});
export type ChildRecord = z.infer<typeof childRecordSchema>;
