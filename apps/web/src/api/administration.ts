// An administrator's pages: the people of their authority and the authority's
// settings for each rule. Shapes follow apps/api/src/routes/v1/{users,rule-parameters}/schema.ts.
import { languageSchema, roleSchema, type Language, type Role } from '@cynnig/domain';
import { z } from 'zod';
import type { ApiClient } from './client';

export const managedUserSchema = z.object({
  id: z.string(),
  displayName: z.string(),
  email: z.string(),
  role: roleSchema,
  preferredLanguage: languageSchema,
  active: z.boolean(),
});
export type ManagedUser = z.infer<typeof managedUserSchema>;

export interface NewUser {
  readonly email: string;
  readonly displayName: string;
  readonly role: Role;
  readonly preferredLanguage: Language;
  readonly password: string;
}

export const ruleSettingSchema = z.object({
  ruleId: z.string(),
  enabled: z.boolean().optional(),
  parameters: z.record(z.string(), z.unknown()).optional(),
  version: z.number().int(),
});
export type RuleSetting = z.infer<typeof ruleSettingSchema>;

export interface RuleSettingChange {
  readonly enabled: boolean;
  readonly parameters: Record<string, number | boolean | string | string[]>;
  readonly expectedVersion: number;
}

export function administrationApi(client: ApiClient) {
  return {
    async users(): Promise<ManagedUser[]> {
      return (await client.request('GET', '/users', z.object({ items: z.array(managedUserSchema) }))).items;
    },
    addUser(user: NewUser): Promise<ManagedUser> {
      return client.request('POST', '/users', managedUserSchema, user);
    },
    async ruleSettings(): Promise<RuleSetting[]> {
      return (await client.request('GET', '/rule-parameters', z.object({ items: z.array(ruleSettingSchema) }))).items;
    },
    changeRuleSetting(ruleId: string, change: RuleSettingChange): Promise<RuleSetting> {
      return client.request('PUT', `/rule-parameters/${encodeURIComponent(ruleId)}`, ruleSettingSchema, change);
    },
  };
}
