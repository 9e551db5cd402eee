// An administrator's pages: the people of their authority and the authority's
// settings for each rule. Shapes follow apps/api/src/routes/v1/{users,rule-parameters}/schema.ts.
// A person is changed with the version read; a 409 means someone else changed them first.
import { languageSchema, roleSchema, type Language, type Role } from '@cynnig/domain';
import { z } from 'zod';
import type { ApiClient } from './client';

export const accountStatuses = ['active', 'locked', 'deactivated'] as const;
export type AccountStatus = (typeof accountStatuses)[number];

export const managedUserSchema = z.object({
  id: z.string(),
  displayName: z.string(),
  email: z.string(),
  role: roleSchema,
  preferredLanguage: languageSchema,
  active: z.boolean(),
  /** Locked after repeated failed sign-ins (until lockedUntil), or deactivated by an administrator. */
  status: z.enum(accountStatuses),
  /** Sent back as expectedVersion with a change, so nobody overwrites another administrator. */
  version: z.number().int(),
  lockedUntil: z.string().nullable(),
  deactivatedAt: z.string().nullable(),
});
export type ManagedUser = z.infer<typeof managedUserSchema>;

/** A change to one person: only the fields given change. */
export interface UserChange {
  readonly displayName?: string;
  readonly email?: string;
  readonly role?: Role;
  readonly active?: boolean;
  readonly expectedVersion: number;
}

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
    user(userId: string): Promise<ManagedUser> {
      return client.request('GET', `/users/${encodeURIComponent(userId)}`, managedUserSchema);
    },
    changeUser(userId: string, change: UserChange): Promise<ManagedUser> {
      return client.request('PATCH', `/users/${encodeURIComponent(userId)}`, managedUserSchema, change);
    },
    unlockUser(userId: string): Promise<ManagedUser> {
      return client.request('POST', `/users/${encodeURIComponent(userId)}/unlock`, managedUserSchema);
    },
    async ruleSettings(): Promise<RuleSetting[]> {
      return (await client.request('GET', '/rule-parameters', z.object({ items: z.array(ruleSettingSchema) }))).items;
    },
    changeRuleSetting(ruleId: string, change: RuleSettingChange): Promise<RuleSetting> {
      return client.request('PUT', `/rule-parameters/${encodeURIComponent(ruleId)}`, ruleSettingSchema, change);
    },
  };
}
