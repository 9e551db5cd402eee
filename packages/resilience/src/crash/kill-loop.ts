// Kills an API process with SIGKILL again and again while a workload writes, restarts it on
// the same port each time, and after every restart checks that each write acknowledged before
// the kill is in the database.
import { openDatabase } from '@cynnig/data';
import type { Deployment } from '../scenario/deployment.js';
import { checkAcknowledgedWrites } from '../verification/acknowledged-writes.js';
import { WriteLog } from '../workload/write-log.js';

export interface KillLoopOptions {
  readonly kills: number;
  /** Time the process runs between a restart and the next kill. */
  readonly runForMs: number;
  /** Which process to kill (default the first). */
  readonly index?: number;
}

export interface KillLoopReport {
  readonly kills: number;
  /** Milliseconds from SIGKILL until the new process answered /ready. */
  readonly restartMs: number[];
  /** Acknowledged-before-the-kill writes missing after a restart, per kill. */
  readonly lostAfterRestart: string[][];
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function killRepeatedly(deployment: Deployment, log: WriteLog, options: KillLoopOptions): Promise<KillLoopReport> {
  const index = options.index ?? 0;
  const restartMs: number[] = [];
  const lostAfterRestart: string[][] = [];
  for (let kill = 0; kill < options.kills; kill += 1) {
    await pause(options.runForMs);
    const before = new WriteLog();
    for (const write of log.acknowledged) before.acknowledge(write);
    const killedAt = performance.now();
    await deployment.restart(index);
    restartMs.push(performance.now() - killedAt);
    const database = await openDatabase({ DATABASE_URL: deployment.databaseUrl, CYNNIG_DATABASE_POOL_SIZE: 1 });
    try {
      lostAfterRestart.push((await checkAcknowledgedWrites(database.db, before)).lost);
    } finally {
      await database.close();
    }
  }
  return { kills: options.kills, restartMs, lostAfterRestart };
}
