// Reporting a child missing from the caseload, for the journeys that need an open episode.
// The synthetic history is written up to the end of the day the seed ran, so a child's
// latest episode can reach past the present; a new report overlapping it is refused, as
// it should be, and the journey moves on to the next child on the caseload.
import type { Page } from 'playwright-core';
import { answerEverything } from './answer-questions';
import { heading, hoursAgo, pressMain } from './journey-steps';

export interface ReportOptions {
  /** When the child was last seen and when they were reported. */
  readonly moments: { lastSeenAt: ReturnType<typeof hoursAgo>; at: ReturnType<typeof hoursAgo> };
  /** Children to pass over first (another test has their episode). */
  readonly skip?: number;
  /** Called on the question page and on "check your answers", to check each page. */
  readonly onPage?: (stage: 'questions' | 'check') => Promise<void>;
}

/** Reports the first child the API accepts a report for; returns the new episode's page. */
export async function reportSomeChildMissing(page: Page, reportLinkText: string, options: ReportOptions): Promise<string> {
  await page.goto('/caseload');
  await heading(page);
  const hrefs = [...new Set(await page.locator('main table a[href^="/children/"]').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? '')))];
  const refusals: string[] = [];
  let skipped = 0;
  for (const href of hrefs) {
    await page.goto(href);
    await heading(page);
    if ((await page.getByRole('link', { name: reportLinkText }).count()) === 0) continue;
    if (skipped < (options.skip ?? 0)) {
      skipped += 1;
      continue;
    }
    await page.getByRole('link', { name: reportLinkText }).click();
    await heading(page);
    await options.onPage?.('questions');
    await answerEverything(page, options.moments);
    await pressMain(page);
    await page.waitForSelector('main h1:focus, .govuk-error-summary');
    await options.onPage?.('check');
    await pressMain(page);
    await page.waitForSelector('.govuk-notification-banner--success, .govuk-error-summary', { timeout: 20_000 });
    if ((await page.locator('.govuk-notification-banner--success').count()) > 0) return new URL(page.url()).pathname;
    refusals.push(`${href}: ${(await page.locator('.govuk-error-summary').textContent())?.slice(0, 200)}`);
  }
  throw new Error(`no child on the caseload could be reported missing:\n${refusals.join('\n')}`);
}
