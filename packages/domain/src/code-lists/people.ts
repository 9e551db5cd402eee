// Who uses Cynnig: the roles that decide what each person may see and do.
import { defineCodeList } from '../code-list.js';

export const roles = defineCodeList('role', [
  { code: 'social-worker', en: 'Social worker', cy: 'Gweithiwr cymdeithasol' },
  { code: 'team-manager', en: 'Team manager', cy: 'Rheolwr tîm' },
  { code: 'iro', en: 'Independent Reviewing Officer', cy: 'Swyddog adolygu annibynnol' },
  { code: 'provider-advocate', en: 'Advocate', cy: 'Eiriolwr' },
  { code: 'provider-manager', en: 'Advocacy provider manager', cy: 'Rheolwr darparwr eiriolaeth' },
  { code: 'commissioner', en: 'Commissioner', cy: 'Comisiynydd' },
  { code: 'administrator', en: 'Administrator', cy: 'Gweinyddwr' },
] as const);
export type Role = (typeof roles.codes)[number];

/** Roles whose scope is one local authority; the rest belong to a provider or see aggregates. */
export const authorityRoles: readonly Role[] = ['social-worker', 'team-manager', 'iro', 'administrator'];
export const providerRoles: readonly Role[] = ['provider-advocate', 'provider-manager'];
