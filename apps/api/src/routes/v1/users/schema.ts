// Users as an administrator manages them: people of their own authority (and providers'
// staff are managed by whoever runs the provider, outside this release).
import { z } from '@hono/zod-openapi';
import { languageSchema, roleSchema } from '@cynnig/domain';
import { publicUserSchema } from '../session/schema.js';

export const userListSchema = z.object({ items: z.array(publicUserSchema.extend({ active: z.boolean() })) }).openapi('Users');

export const newUserSchema = z
  .object({
    email: z.email('Enter an email address in the correct format, like name@example.gov.wales').max(254),
    displayName: z.string().trim().min(1, 'Enter the person\'s name').max(120),
    role: roleSchema.refine((role) => ['social-worker', 'team-manager', 'iro', 'administrator'].includes(role), 'Choose a role in your authority'),
    preferredLanguage: languageSchema,
    password: z.string().min(12, 'Use at least 12 characters for the password').max(200),
  })
  .strict()
  .openapi('NewUser');

export const createdUserSchema = publicUserSchema.extend({ active: z.boolean() }).openapi('ManagedUser');
