// The values every request carries through Cynnig's middleware: its id, the language to
// answer in, and (once signed in) who is asking and in which scope.
import type { Scope } from '@cynnig/data';
import type { Language, User } from '@cynnig/domain';

export interface SignedIn {
  readonly user: User;
  readonly scope: Scope;
  /** The stored hash of the session token (the session row's id). */
  readonly sessionId: string;
  readonly csrfToken: string;
}

export interface AppVariables {
  requestId: string;
  language: Language;
  /** Set when no route matched, so the log shows '(unmatched)' instead of a middleware pattern. */
  unmatched?: boolean;
  signedIn?: SignedIn;
  /** The person's address: the socket's, or the load balancer's X-Forwarded-For with TRUST_PROXY. */
  clientAddress?: string;
  /** The origin people's browsers use, e.g. https://cynnig.example.cymru. */
  publicOrigin?: string;
}

export interface AppEnv {
  Variables: AppVariables;
}
