// A person as the administrator's pages show them: who they are, their role, the state of their
// account and the version to name when changing them.
import type { UserAccount } from '@cynnig/data';
import { publicUser } from '../session/session-view.js';
import type { managedUserSchema } from './schema.js';
import type { z } from '@hono/zod-openapi';

export function managedUserView(account: UserAccount): z.infer<typeof managedUserSchema> {
  return {
    ...publicUser(account.user),
    active: account.user.active,
    status: account.status,
    version: account.version,
    lockedUntil: account.lockedUntil,
    deactivatedAt: account.deactivatedAt,
  };
}
