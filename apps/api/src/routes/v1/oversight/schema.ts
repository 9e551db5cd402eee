// IRO concerns and their escalation (dispute resolution up to CAFCASS Cymru).
import { oversightEventSchema } from '@cynnig/domain';
import { permissions } from '../../../auth/permissions.js';
import type { CaseResource } from '../cases/case-routes.js';

export const oversightResource: CaseResource = {
  kind: 'oversight',
  segment: 'oversight',
  tag: 'IRO oversight',
  noun: 'IRO concern',
  eventSchema: oversightEventSchema,
  readRoles: permissions.readOversight,
  writeRoles: permissions.recordOversight,
};
