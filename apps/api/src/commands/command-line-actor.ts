// Who the audit log names for work done at the command line: no user, the operator's role.
import type { AuditActor } from '../audit/audit-trail.js';

export const commandLineActor: AuditActor & { userId: null } = { userId: null, role: 'command-line', scope: 'system', requestId: null };
