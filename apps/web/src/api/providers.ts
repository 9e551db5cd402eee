// The advocacy providers the signed-in person's authority commissions: whom a child can be
// referred to. Shape follows apps/api/src/routes/v1/providers/schema.ts.
import { idSchema } from '@cynnig/domain';
import { z } from 'zod';
import type { ApiClient } from './client';

export const commissionedProviderSchema = z.object({ id: idSchema, name: z.string() });
export type CommissionedProvider = z.infer<typeof commissionedProviderSchema>;
export const commissionedProvidersSchema = z.object({ items: z.array(commissionedProviderSchema) });

export function providersApi(client: ApiClient) {
  return {
    /** In order of name. */
    async commissioned(): Promise<CommissionedProvider[]> {
      return (await client.request('GET', '/providers', commissionedProvidersSchema)).items;
    },
  };
}
