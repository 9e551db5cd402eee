// Prepares a seeded database for a workload: the accounts people sign in as and the children
// each authority's social workers write about.
import { openDatabase } from '@cynnig/data';
import { prepareWorkloadAccounts, type AccountChoice, type WorkloadAccount } from '../population/workload-accounts.js';
import { chooseWorkloadChildren, type WorkloadChildren } from '../population/workload-children.js';

export interface PreparedWorkload {
  readonly accounts: WorkloadAccount[];
  readonly children: Map<string, WorkloadChildren>;
}

export async function prepareWorkload(databaseUrl: string, choice: AccountChoice & { childrenPerKind: number }): Promise<PreparedWorkload> {
  const database = await openDatabase({ DATABASE_URL: databaseUrl, CYNNIG_DATABASE_POOL_SIZE: 2 });
  try {
    const accounts = await prepareWorkloadAccounts(database.db, choice);
    const children = new Map<string, WorkloadChildren>();
    for (const authorityCode of new Set(accounts.map((account) => account.authorityCode))) {
      children.set(authorityCode, await chooseWorkloadChildren(database.db, authorityCode, choice.childrenPerKind));
    }
    return { accounts, children };
  } finally {
    await database.close();
  }
}
