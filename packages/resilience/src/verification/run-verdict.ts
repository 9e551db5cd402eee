// Everything the suites check after a run, in one place: the client's acknowledged writes
// against the database, the consistency of every case they touched, and the children's due items.
import { openDatabase } from '@cynnig/data';
import type { WriteLog } from '../workload/write-log.js';
import { checkAcknowledgedWrites, type WriteCheck } from './acknowledged-writes.js';
import { checkCases, checkDueItems, type CaseProblem } from './case-consistency.js';

export interface RunVerdict {
  readonly writes: WriteCheck;
  readonly cases: CaseProblem[];
  readonly casesChecked: number;
}

export async function verifyRun(databaseUrl: string, log: WriteLog): Promise<RunVerdict> {
  const database = await openDatabase({ DATABASE_URL: databaseUrl, CYNNIG_DATABASE_POOL_SIZE: 2 });
  try {
    const writes = await checkAcknowledgedWrites(database.db, log);
    const caseIds = (kind: 'active-offer' | 'missing-episode') => [...new Set(log.acknowledged.filter((write) => write.kind === kind).map((write) => write.caseId))];
    const offerCases = caseIds('active-offer');
    const episodeCases = caseIds('missing-episode');
    const children = [...new Set([...log.acknowledged, ...log.abandoned].map((write) => write.childId))];
    const cases = [
      ...(await checkCases(database.db, 'active-offer', offerCases)),
      ...(await checkCases(database.db, 'missing-episode', episodeCases)),
      ...(await checkDueItems(database.db, children)),
    ];
    return { writes, cases, casesChecked: offerCases.length + episodeCases.length };
  } finally {
    await database.close();
  }
}
