// Local authorities, regions and advocacy providers.
import { z } from 'zod';
import { isoDateSchema } from '../calendar/iso-date.js';
import { bilingualSchema } from '../language.js';
import { gssCodeSchema, idSchema } from './ids.js';

export const localAuthoritySchema = z.object({
  code: gssCodeSchema,
  name: bilingualSchema,
  councilName: bilingualSchema,
  childrenLookedAfter2024: z.number().int().nonnegative().nullable(),
  fosteredInsideOwnAuthority2024: z.number().int().nonnegative(),
});
export type LocalAuthority = z.infer<typeof localAuthoritySchema>;

export const regionKindSchema = z.enum(['rpb', 'advocacy']);
export const regionSchema = z.object({ id: z.string().min(1), kind: regionKindSchema, name: bilingualSchema });
export type Region = z.infer<typeof regionSchema>;

export const regionMembershipSchema = z.object({
  authorityCode: gssCodeSchema,
  regionId: z.string().min(1),
  from: isoDateSchema,
  to: isoDateSchema.nullable(),
});
export type RegionMembership = z.infer<typeof regionMembershipSchema>;

export const advocacyProviderSchema = z.object({
  id: idSchema,
  name: z.string().min(1).max(200),
  /** Authorities whose children this provider is commissioned to serve. */
  authorityCodes: z.array(gssCodeSchema).min(1),
});
export type AdvocacyProvider = z.infer<typeof advocacyProviderSchema>;
