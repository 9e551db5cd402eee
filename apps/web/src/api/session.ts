// Signing in and out, and who is signed in. The API keeps sessions server-side
// behind an HttpOnly cookie; the forms app only ever sees this summary of the user.
// Routes: GET/POST/DELETE /api/v1/session and PATCH /api/v1/me (apps/api/src/routes/v1).
import { idSchema, languageSchema, roleSchema } from '@cynnig/domain';
import { z } from 'zod';
import type { ApiClient } from './client';

/** The signed-in person as the forms app needs them (never their password or sessions). */
export const sessionUserSchema = z.object({
  id: idSchema,
  displayName: z.string().min(1),
  email: z.string().min(1),
  role: roleSchema,
  preferredLanguage: languageSchema,
});
export type SessionUser = z.infer<typeof sessionUserSchema>;

export const sessionSchema = z.object({
  csrfToken: z.string().min(1),
  user: sessionUserSchema.nullable(),
});
export type Session = z.infer<typeof sessionSchema>;

/** What the sign-in form sends; messages are translation keys so the form speaks both languages. */
export const signInSchema = z.object({
  email: z.string().trim().min(1, 'signIn.errors.emailRequired').pipe(z.email('signIn.errors.emailFormat')),
  password: z.string().min(1, 'signIn.errors.passwordRequired'),
});
export type SignIn = z.infer<typeof signInSchema>;

export function sessionApi(client: ApiClient) {
  return {
    async current(): Promise<Session> {
      const session = await client.request('GET', '/session', sessionSchema);
      client.setCsrfToken(session.csrfToken);
      return session;
    },
    async signIn(details: SignIn): Promise<Session> {
      const session = await client.request('POST', '/session', sessionSchema, details);
      // The API issues a fresh token with the new session (no fixation across sign-in).
      client.setCsrfToken(session.csrfToken);
      return session;
    },
    async signOut(): Promise<void> {
      await client.send('DELETE', '/session');
      client.setCsrfToken(null);
    },
    async setPreferredLanguage(language: z.infer<typeof languageSchema>): Promise<void> {
      await client.send('PATCH', '/me', { preferredLanguage: language });
    },
  };
}
export type SessionApi = ReturnType<typeof sessionApi>;
