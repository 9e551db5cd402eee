// The child records monitoring figures are computed from, a batch at a time: every child in
// Wales (commissioners), one authority's children, or the children referred to one provider,
// with only that provider's Active Offer rounds. Records carry all the facts figures need
// (placements, entitlements); only aggregates built from them may leave the server.
import type { ChildRecord } from '@cynnig/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../database/schema.js';
import { systemScope } from '../scope.js';
import { loadChildRecords, streamChildRecords } from './child-record-repository.js';

export type MonitoringSource =
  | { readonly kind: 'national' }
  | { readonly kind: 'authority'; readonly authorityCode: string }
  | { readonly kind: 'provider'; readonly providerId: string };

export interface MonitoringStreamOptions {
  /** Children per batch (default 500): memory stays flat however many children there are. */
  readonly batchSize?: number;
}

/**
 * Batches of child records for monitoring. A provider's children are those with a round
 * referred to it; their other rounds (another provider's) are left out, so a provider's
 * figures are about its own work.
 */
export async function* streamMonitoringRecords(db: Kysely<Database>, source: MonitoringSource, options: MonitoringStreamOptions = {}): AsyncGenerator<ChildRecord[]> {
  const batchSize = Math.max(1, options.batchSize ?? 500);
  if (source.kind === 'national') {
    yield* streamChildRecords(db, systemScope, { batchSize });
    return;
  }
  if (source.kind === 'authority') {
    yield* streamChildRecords(db, { kind: 'authority', authorityCode: source.authorityCode }, { batchSize });
    return;
  }
  let afterId: string | undefined;
  for (;;) {
    let query = db.selectFrom('offer_rounds').select('child_id').distinct().where('provider_id', '=', source.providerId);
    if (afterId !== undefined) query = query.where('child_id', '>', afterId);
    const ids = (await query.orderBy('child_id').limit(batchSize).execute()).map((row) => row.child_id);
    if (ids.length === 0) return;
    const records = await loadChildRecords(db, systemScope, ids);
    yield records.map((record) => ({ ...record, offers: record.offers.filter((offer) => offer.providerId === source.providerId) }));
    afterId = ids[ids.length - 1];
    if (ids.length < batchSize) return;
  }
}

/** The records one at a time, for `computeMeasures` and the export writers. */
export async function* monitoringRecords(db: Kysely<Database>, source: MonitoringSource, options: MonitoringStreamOptions = {}): AsyncGenerator<ChildRecord> {
  for await (const batch of streamMonitoringRecords(db, source, options)) yield* batch;
}
