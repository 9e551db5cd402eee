// After signing in, people go back to where they were, but only ever to a page of
// Cynnig itself: a crafted link must not send them to another site.

/** The path to return to, or "/" when the value is missing or points elsewhere. */
export function safeReturnPath(value: string | null | undefined): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return '/';
  if (/^\/(sign-in|sign-out|session-timed-out)\b/.test(value)) return '/';
  return value;
}
