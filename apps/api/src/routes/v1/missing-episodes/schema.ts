// Missing episodes and return home conversations: the events a social worker records.
import { missingEpisodeEventSchema } from '@cynnig/domain';
import { permissions } from '../../../auth/permissions.js';
import type { CaseResource } from '../cases/case-routes.js';

export const missingEpisodeResource: CaseResource = {
  kind: 'missing-episode',
  segment: 'missing-episodes',
  tag: 'Missing episodes',
  noun: 'missing episode',
  eventSchema: missingEpisodeEventSchema,
  readRoles: permissions.readMissingEpisodes,
  writeRoles: permissions.recordMissingEpisodes,
};
