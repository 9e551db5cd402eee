// What GET /api/v1/session and a successful sign-in answer with.
import type { User } from '@cynnig/domain';
import type { SignedIn } from '../../../middleware/app-env.js';
import type { SessionView } from './schema.js';

export function publicUser(user: User) {
  return {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    role: user.role,
    authorityCode: user.authorityCode,
    providerId: user.providerId,
    preferredLanguage: user.preferredLanguage,
  };
}

export function sessionView(who: SignedIn): SessionView {
  return { signedIn: true, user: publicUser(who.user), role: who.user.role, scope: who.scope, preferredLanguage: who.user.preferredLanguage, csrfToken: who.csrfToken };
}
