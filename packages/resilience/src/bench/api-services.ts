// The API's own service layer, loaded from its build so the in-process write path measured here
// is the one the route runs (the API package exports only its command line). If the API ever
// exports recordActiveOfferEvent and packagedRules, import them from @cynnig/api instead.
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Database } from '@cynnig/data';
import type { ActiveOfferEvent, ChildRecord, DueItem, User } from '@cynnig/domain';
import type { Scope } from '@cynnig/data';
import type { Kysely } from 'kysely';
import { apiMainScript } from '../api-process/api-entry-point.js';

export interface ServiceActor {
  readonly user: User;
  readonly scope: Scope;
  readonly requestId: string;
  readonly now: Date;
}

export interface ChildRules {
  evaluate(record: ChildRecord, referenceDate: string, overrides: Record<string, unknown>): Promise<DueItem[]>;
}

export interface ApiServices {
  recordActiveOfferEvent(db: Kysely<Database>, rules: ChildRules, actor: ServiceActor, childId: string, input: { event: ActiveOfferEvent; expectedVersion: number }): Promise<{ version: number; state: string | null }>;
  readActiveOffer(db: Kysely<Database>, actor: ServiceActor, childId: string): Promise<{ version: number; allowedEvents: string[] }>;
  packagedRules: ChildRules;
}

export async function loadApiServices(): Promise<ApiServices> {
  const folder = join(dirname(apiMainScript()), 'services');
  const activeOffer = (await import(pathToFileURL(join(folder, 'active-offer-service.js')).href)) as Pick<ApiServices, 'recordActiveOfferEvent' | 'readActiveOffer'>;
  const rules = (await import(pathToFileURL(join(folder, 'packaged-rules.js')).href)) as Pick<ApiServices, 'packagedRules'>;
  return { recordActiveOfferEvent: activeOffer.recordActiveOfferEvent, readActiveOffer: activeOffer.readActiveOffer, packagedRules: rules.packagedRules };
}
