// The values every request carries through Cynnig's middleware: its id, the language to
// answer in, and (once signed in) who is asking.
import type { Language } from '@cynnig/domain';

export interface AppVariables {
  requestId: string;
  language: Language;
  /** Set when no route matched, so the log shows '(unmatched)' instead of a middleware pattern. */
  unmatched?: boolean;
}

export interface AppEnv {
  Variables: AppVariables;
}
