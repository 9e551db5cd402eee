// The advocacy providers a person's authority commissions: whom a social worker may refer a
// child to. Only the name and id leave the API; which other authorities a provider serves is
// not this authority's business.
import { z } from '@hono/zod-openapi';
import { idSchema } from '@cynnig/domain';

export const commissionedProviderSchema = z
  .object({ id: idSchema, name: z.string().min(1).openapi({ example: 'Eiriolaeth De Ddwyrain' }) })
  .openapi('CommissionedProvider');

export const commissionedProvidersSchema = z.object({ items: z.array(commissionedProviderSchema) }).openapi('CommissionedProviders');
