// Starts what every browser journey shares, once for the whole run: the real Cynnig
// (API, database, built forms app) and one Chromium. Test files reach them through
// vitest's provide/inject and connect to the browser over its WebSocket. Both are
// stopped at the end, whatever happened.
import { readdirSync, rmSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { screenshotsFolder } from './browser';
import { launchChromiumServer } from './browser';
import { startCynnig, type DemoAccount } from './cynnig-server';
import { forgetVisits } from './visited-pages';

declare module 'vitest' {
  export interface ProvidedContext {
    cynnigUrl: string;
    demoPassword: string;
    demoAccounts: DemoAccount[];
    browserEndpoint: string;
  }
}

export default async function setup(project: TestProject) {
  const started = performance.now();
  // A failed page's screenshot from an earlier run must not be mistaken for this one's.
  for (const name of readdirSync(screenshotsFolder).filter((file) => file.startsWith('failed-'))) rmSync(`${screenshotsFolder}/${name}`);
  // Which pages this run has checked, for the route coverage check.
  forgetVisits();
  const browser = await launchChromiumServer();
  const cynnig = await startCynnig({ log: (line) => process.stdout.write(`[e2e] ${line}\n`) });
  process.stdout.write(`[e2e] Cynnig at ${cynnig.url} (${cynnig.seededWith}, ${cynnig.accounts.length} demo accounts) ready in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
  project.provide('cynnigUrl', cynnig.url);
  project.provide('demoPassword', cynnig.password);
  project.provide('demoAccounts', [...cynnig.accounts]);
  project.provide('browserEndpoint', browser.wsEndpoint());
  return async () => {
    await cynnig.stop();
    await browser.close();
  };
}
