// People who sign in. A user belongs to exactly one authority or one provider
// (commissioners to neither: they see aggregates only).
import { z } from 'zod';
import { languageSchema } from '../language.js';
import { roles } from '../code-lists/people.js';
import { gssCodeSchema, idSchema } from './ids.js';

export const roleSchema = roles.schema;

export const userSchema = z
  .object({
    id: idSchema,
    email: z.email('Enter an email address in the correct format, like name@example.gov.wales').max(254),
    displayName: z.string().trim().min(1, 'Enter the person\'s name').max(120),
    role: roleSchema,
    authorityCode: gssCodeSchema.nullable(),
    providerId: idSchema.nullable(),
    preferredLanguage: languageSchema,
    active: z.boolean(),
  })
  .superRefine((user, ctx) => {
    const needsAuthority = ['social-worker', 'team-manager', 'iro', 'administrator'].includes(user.role);
    const needsProvider = ['provider-advocate', 'provider-manager'].includes(user.role);
    if (needsAuthority && !user.authorityCode) ctx.addIssue({ code: 'custom', path: ['authorityCode'], message: 'Choose the authority this person works for' });
    if (needsProvider && !user.providerId) ctx.addIssue({ code: 'custom', path: ['providerId'], message: 'Choose the advocacy provider this person works for' });
    if (!needsAuthority && user.authorityCode) ctx.addIssue({ code: 'custom', path: ['authorityCode'], message: 'This role does not belong to an authority' });
    if (!needsProvider && user.providerId) ctx.addIssue({ code: 'custom', path: ['providerId'], message: 'This role does not belong to a provider' });
  });
export type User = z.infer<typeof userSchema>;
