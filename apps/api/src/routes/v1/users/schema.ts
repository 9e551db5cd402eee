// Users as an administrator manages them: people of their own authority (and providers'
// staff are managed by whoever runs the provider, outside this release).
import { z } from '@hono/zod-openapi';
import { accountStatuses } from '@cynnig/data';
import { authorityRoles, idSchema, languageSchema, roleSchema } from '@cynnig/domain';
import { publicUserSchema } from '../session/schema.js';
import { expectedVersionSchema } from '../shared-schema.js';

/** The roles an administrator may give: those of a local authority. */
const authorityRoleSchema = roleSchema.refine((role) => authorityRoles.includes(role), 'Choose a role in your authority');

export const managedUserSchema = publicUserSchema
  .extend({
    active: z.boolean(),
    status: z.enum(accountStatuses).openapi({ description: 'active; locked after repeated failed sign-ins (until lockedUntil); deactivated by an administrator' }),
    version: z.number().int().min(1).openapi({ description: 'Send as expectedVersion when changing the person' }),
    lockedUntil: z.string().nullable(),
    deactivatedAt: z.string().nullable(),
  })
  .openapi('ManagedUser');

export const userListSchema = z.object({ items: z.array(managedUserSchema) }).openapi('Users');

export const newUserSchema = z
  .object({
    email: z.email('Enter an email address in the correct format, like name@example.gov.wales').max(254),
    displayName: z.string().trim().min(1, 'Enter the person\'s name').max(120),
    role: authorityRoleSchema,
    preferredLanguage: languageSchema,
    password: z.string().min(12, 'Use at least 12 characters for the password').max(200),
  })
  .strict()
  .openapi('NewUser');

/** POST /api/v1/users answers with the new person as the list shows them. */
export const createdUserSchema = managedUserSchema;

export const userParamsSchema = z.object({ userId: idSchema });

export const userChangeSchema = z
  .object({
    expectedVersion: expectedVersionSchema,
    displayName: z.string().trim().min(1, 'Enter the person\'s name').max(120).optional(),
    email: z.email('Enter an email address in the correct format, like name@example.gov.wales').max(254).optional(),
    role: authorityRoleSchema.optional(),
    active: z.boolean().optional().openapi({ description: 'false deactivates the account and ends its sessions at once; true reactivates it' }),
  })
  .strict()
  .refine((change) => [change.displayName, change.email, change.role, change.active].some((value) => value !== undefined), {
    message: 'Say what to change: the name, the email address, the role or whether the account is active',
  })
  .openapi('UserChange');
export type UserChangeRequest = z.infer<typeof userChangeSchema>;
