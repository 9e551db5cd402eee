// Where a person's pages live: their details, and the change, unlock and confirmation pages under them.
export function personHref(userId: string, rest = ''): string {
  return `/administration/users/${encodeURIComponent(userId)}${rest}`;
}
