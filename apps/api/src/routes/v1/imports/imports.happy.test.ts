import { countRows } from '@cynnig/data';
import { testEngines } from '@cynnig/data/test-support';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestWorld, type Agent, type TestWorld } from '../../../test-support/test-world.js';
import { childrenWithErrorsCsv, cleanFiles } from './import-fixtures.js';
import { importReportSchema } from './schema.js';

const postCsv = (agent: Agent, path: string, body: string) => agent.request(path, { method: 'POST', headers: { 'content-type': 'text/csv' }, body });

/** Children, their facts and workflow cases, with every child's version: what an import may change. */
async function childState(world: TestWorld) {
  const counts = await countRows(world.database.db);
  const versions = await world.database.db.selectFrom('children').select(['id', 'version', 'updated_at']).orderBy('id').execute();
  const { audit_log: _audit, imports: _imports, sessions: _sessions, ...rest } = counts;
  return { counts: rest, versions };
}

describe.each(testEngines())('importing council files on $name', (engine) => {
  let world: TestWorld;
  let administrator: Agent;
  beforeAll(async () => {
    world = await openTestWorld(engine);
    administrator = await world.signIn('administratorA');
  });
  afterAll(() => world.close());

  it('checks a file in a dry run and writes nothing', async () => {
    const before = await childState(world);
    const response = await postCsv(administrator, '/api/v1/imports/children?dryRun=true', cleanFiles[0][1]);
    expect(response.status).toBe(200);
    const report = importReportSchema.parse(await response.json());
    expect(report).toMatchObject({ dryRun: true, written: false, rowsRead: 3, accepted: 3, rejected: 0 });
    expect(await childState(world)).toEqual(before);
  });

  it('imports clean files in order, opens the missing episodes, runs the children\'s rules and audits every child written', async () => {
    for (const [fileType, text] of cleanFiles) {
      const response = await postCsv(administrator, `/api/v1/imports/${fileType}`, text);
      expect(response.status, fileType).toBe(200);
      const report = importReportSchema.parse(await response.json());
      expect(report.written).toBe(true);
      expect(report.rejected).toBe(0);
      expect(report.summary.cy).toMatch(/rhes/);
    }
    const counts = await countRows(world.database.db);
    expect(counts).toMatchObject({ children: 3, entitlements: 3, placements: 4, missing_episodes: 3 });
    const written = await world.database.db.selectFrom('audit_log').select(['action', 'child_id']).where('action', '=', 'import.child-written').execute();
    expect(new Set(written.map((row) => row.child_id)).size).toBe(3);
    const states = await world.database.db.selectFrom('missing_episodes').select('state').orderBy('started_at').execute();
    expect(states.map((row) => row.state)).toEqual(['conversationHeld', 'conversationDeclined', 'missing']);
  });

  it('changes nothing when the same files are imported again: the same rows and every child\'s version', async () => {
    const before = await childState(world);
    for (const [fileType, text] of cleanFiles) {
      const report = importReportSchema.parse(await (await postCsv(administrator, `/api/v1/imports/${fileType}`, text)).json());
      expect(report.childrenChanged, fileType).toBe(0);
      expect(Object.values(report.applied!).every((counts) => counts.inserted === 0 && counts.updated === 0)).toBe(true);
    }
    expect(await childState(world)).toEqual(before);
  });

  it('keeps the valid rows when asked and reports the others', async () => {
    const response = await postCsv(administrator, '/api/v1/imports/children?acceptValidRows=true', childrenWithErrorsCsv);
    expect(response.status).toBe(200);
    const report = importReportSchema.parse(await response.json());
    expect(report).toMatchObject({ written: true, rowsRead: 3, accepted: 1, rejected: 2 });
    expect(report.errors.map((error) => [error.line, error.column])).toEqual([[2, 'date_of_birth'], [3, 'legal_status']]);
    expect(await world.database.db.selectFrom('children').select('case_reference').where('case_reference', 'like', 'CDF-2024-%').execute()).toEqual([{ case_reference: 'CDF-2024-0003' }]);
  });
});

describe.each(testEngines())('importing allocations and reviews, some first entered in Cynnig, on $name', (engine) => {
  let world: TestWorld;
  let administrator: Agent;
  beforeAll(async () => {
    world = await openTestWorld(engine);
    administrator = await world.signIn('administratorA');
    for (const [fileType, text] of cleanFiles) expect((await postCsv(administrator, `/api/v1/imports/${fileType}`, text)).status, fileType).toBe(200);
  });
  afterAll(() => world.close());

  const childId = async (caseReference: string) => (await world.database.db.selectFrom('children').select('id').where('case_reference', '=', caseReference).executeTakeFirstOrThrow()).id;
  /** The council's files: staff are named by the reference the case system uses (their email address here). */
  const allocationsCsv = () => [
    'authority_code,case_reference,role,staff_reference,start_date,end_date',
    `W06000015,CDF-2019-0042,social-worker,${world.people.socialWorkerA.email.toUpperCase()},2023-09-04,`,
    `W06000015,CDF-2019-0042,iro,${world.people.iroA.email},2023-09-04,`,
    `W06000015,CDF-2021-0107,social-worker,${world.people.socialWorkerA.email},2021-05-10,2023-01-31`,
  ].join('\n');
  const reviewsCsv = () => [
    'authority_code,case_reference,review_kind,held_on,iro_staff_reference,advocacy_finding,spoke_to_child_privately,note',
    `W06000015,CDF-2019-0042,first,2023-09-29,${world.people.iroA.email},knows-and-declined,yes,`,
    `W06000015,CDF-2021-0107,subsequent,2024-04-11,${world.people.iroA.email},knows-and-has-advocate,na,"Osian has an advocate; seen again in May."`,
  ].join('\n');

  it('updates an allocation and a review recorded in the forms app instead of adding second ones, and adds the rest', async () => {
    const seren = await childId('CDF-2019-0042');
    const osian = await childId('CDF-2021-0107');
    // In the forms app: Seren's social worker allocated, and her first review recorded by the IRO.
    const manager = await world.signIn('teamManagerA');
    const allocated = await manager.json('POST', `/api/v1/children/${seren}/allocations`, { role: 'social-worker', userId: world.people.socialWorkerA.id, start: '2023-09-04' });
    expect(allocated.status, await allocated.clone().text()).toBe(201);
    const reviewed = await (await world.signIn('iroA')).json('POST', `/api/v1/children/${seren}/reviews`, { kind: 'first', heldOn: '2023-09-29', advocacyFinding: 'does-not-know', spokeToChildPrivately: true, note: 'Seren talked to me on her own.' });
    expect(reviewed.status, await reviewed.clone().text()).toBe(201);
    const reviewId = ((await reviewed.json()) as { id: string }).id;

    const allocations = importReportSchema.parse(await (await postCsv(administrator, '/api/v1/imports/allocations', allocationsCsv())).json());
    expect(allocations).toMatchObject({ written: true, rowsRead: 3, accepted: 3, rejected: 0 });
    expect(allocations.applied!.allocations).toEqual({ inserted: 2, updated: 0, unchanged: 1 });
    const reviews = importReportSchema.parse(await (await postCsv(administrator, '/api/v1/imports/reviews', reviewsCsv())).json());
    expect(reviews.applied!.reviews).toEqual({ inserted: 1, updated: 1, unchanged: 0 });

    const serenAllocations = await world.database.db.selectFrom('allocations').select(['role', 'user_id']).where('child_id', '=', seren).orderBy('role').execute();
    expect(serenAllocations).toEqual([{ role: 'iro', user_id: world.people.iroA.id }, { role: 'social-worker', user_id: world.people.socialWorkerA.id }]);
    const serenReviews = await world.database.db.selectFrom('reviews').select(['id', 'advocacy_finding', 'note', 'iro_user_id']).where('child_id', '=', seren).execute();
    // One review, the one recorded in Cynnig, with the file's finding and the note written in Cynnig kept.
    expect(serenReviews).toEqual([{ id: reviewId, advocacy_finding: 'knows-and-declined', note: 'Seren talked to me on her own.', iro_user_id: world.people.iroA.id }]);
    const osianReview = await world.database.db.selectFrom('reviews').select(['kind', 'held_on', 'spoke_to_child_privately', 'note']).where('child_id', '=', osian).executeTakeFirstOrThrow();
    expect(osianReview).toEqual({ kind: 'subsequent', held_on: '2024-04-11', spoke_to_child_privately: 0, note: 'Osian has an advocate; seen again in May.' });
    const osianAllocation = await world.database.db.selectFrom('allocations').select(['start_on', 'end_on']).where('child_id', '=', osian).executeTakeFirstOrThrow();
    expect(osianAllocation).toEqual({ start_on: '2021-05-10', end_on: '2023-01-31' });
  });

  it('changes nothing when the allocations and reviews files come again', async () => {
    const before = await childState(world);
    for (const [fileType, text] of [['allocations', allocationsCsv()], ['reviews', reviewsCsv()]] as const) {
      const report = importReportSchema.parse(await (await postCsv(administrator, `/api/v1/imports/${fileType}`, text)).json());
      expect(report.childrenChanged, fileType).toBe(0);
      expect(Object.values(report.applied!).every((counts) => counts.inserted === 0 && counts.updated === 0), fileType).toBe(true);
    }
    expect(await childState(world)).toEqual(before);
  });

  it('keeps a missing episode recorded in Cynnig when the council\'s file has the same episode, without calling it an overlap', async () => {
    world.setNow(new Date('2026-03-20T12:00:00Z'));
    const amir = await childId('CDF-2023-0311');
    const worker = await world.signIn('socialWorkerA');
    const reported = await worker.json('POST', `/api/v1/children/${amir}/missing-episodes`, { event: { type: 'REPORTED', at: '2026-03-05T22:00:00.000Z', kind: 'missing', riskGrade: 'medium', lastSeenAt: '2026-03-05T21:00:00.000Z', reportedBy: 'Gofalwr', policeReference: null }, expectedVersion: 0 });
    expect(reported.status, await reported.clone().text()).toBe(201);
    const before = await childState(world);
    // The case system has the same episode: Amir last seen at 21:00 UTC on 5 March (UK time, no offset in March).
    const file = ['authority_code,case_reference,absence_kind,risk_grade,started_at,ended_at,conversation_offered_at,conversation_held_at,conversation_declined,exploitation_indicators', 'W06000015,CDF-2023-0311,missing,medium,2026-03-05T21:00,,,,no,'].join('\n');
    const report = importReportSchema.parse(await (await postCsv(administrator, '/api/v1/imports/missing-episodes', file)).json());
    expect(report.errors).toEqual([]);
    expect(report.applied!.missingEpisodes).toEqual({ inserted: 0, updated: 0, unchanged: 1 });
    expect(await childState(world)).toEqual(before);
  });
});
