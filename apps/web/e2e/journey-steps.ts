// What a person does in Cynnig, as steps the browser journeys share: sign in as a
// demo account in a chosen language, answer questions by their visible labels, and
// check each page (one h1, the right language, no axe violations, a screenshot).
import { mkdirSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { expect, inject } from 'vitest';
import { stateLabel, type ActiveOfferState } from '@cynnig/workflows';
import { accessibilityViolations } from './accessibility';
import { appRoot } from './browser';
import { recordVisit, type Language } from './visited-pages';

export type { Language };
export const screenshots = `${appRoot}/screenshots`;
mkdirSync(screenshots, { recursive: true });

/** The demo account for a role, preferring the demo authority or provider named first. */
export function accountFor(role: string, index = 0): string {
  const accounts = inject('demoAccounts').filter((account) => account.role === role);
  const account = accounts[index] ?? accounts[0];
  if (!account) throw new Error(`no demo account for ${role}`);
  return account.email;
}

export async function newSession(browser: Browser): Promise<{ context: BrowserContext; page: Page }> {
  // bypassCSP lets axe-core be injected; the product's Content-Security-Policy stays as it is.
  const context = await browser.newContext({ viewport: { width: 1100, height: 900 }, baseURL: inject('cynnigUrl'), acceptDownloads: true, bypassCSP: true });
  const page = await context.newPage();
  return { context, page };
}

/**
 * Waits for the page's single h1 (the app loads pages and data after navigation): the "Loading"
 * message has gone. Other status messages stay on the page (a restored draft's notice).
 */
export async function heading(page: Page): Promise<string> {
  await page.waitForFunction(() => document.querySelectorAll('h1').length === 1 && !document.querySelector('main p.govuk-body[role="status"]'), undefined, { timeout: 20_000 });
  return ((await page.locator('h1').textContent()) ?? '').trim();
}

/**
 * Checks the page as every Cynnig page must be, keeps a screenshot of it, and notes its route as
 * visited. `arrivedFrom` names the route that led here when that route shows no page of its own
 * (signing out lands on the sign-in page); `countVisit: false` is for a page that answers for
 * another (no access to a page meant for another role).
 */
export async function checkPage(page: Page, name: string, language: Language, options: { arrivedFrom?: string; countVisit?: boolean } = {}): Promise<string> {
  const title = await heading(page);
  expect(await page.getAttribute('html', 'lang')).toBe(language);
  const violations = await accessibilityViolations(page);
  await page.screenshot({ path: `${screenshots}/${name}-${language}.png`, fullPage: true });
  expect(violations, `${name} (${language})`).toEqual([]);
  if (options.countVisit !== false) recordVisit(new URL(page.url()).pathname, language);
  if (options.arrivedFrom) recordVisit(options.arrivedFrom, language);
  return title;
}

/** An Active Offer state as a table or summary shows it: the workflow's words, starting with a capital. */
export function activeOfferState(state: ActiveOfferState, language: Language): string {
  const words = stateLabel('active-offer', state, language);
  return words.charAt(0).toLocaleUpperCase(language === 'cy' ? 'cy-GB' : 'en-GB') + words.slice(1);
}

/** The link of the first child in the page's tables whose row shows one of `states` (caseload, inbox). */
export async function childInState(page: Page, states: readonly string[]): Promise<string> {
  const rows = await page.locator('main table tbody tr').evaluateAll((elements) =>
    elements.map((row) => ({ href: row.querySelector('a[href^="/children/"]')?.getAttribute('href') ?? '', cells: [...row.children].map((cell) => (cell.textContent ?? '').trim()) })),
  );
  for (const state of states) {
    const row = rows.find((candidate) => candidate.href !== '' && candidate.cells.includes(state));
    if (row) return row.href;
  }
  throw new Error(`no child on this page is in any of these states: ${states.join('; ')}`);
}

/** Signs in and makes sure the interface speaks `language` (switching with the header link if needed). */
export async function signIn(page: Page, email: string, language: Language): Promise<void> {
  await page.goto(`/sign-in?lang=${language}`);
  await heading(page);
  await page.locator('#email').fill(email);
  await page.locator('#password').fill(inject('demoPassword'));
  await page.locator('form button[type=submit]').click();
  await page.waitForURL((url) => url.pathname === '/');
  await heading(page);
  if ((await page.getAttribute('html', 'lang')) !== language) {
    await page.locator(`.govuk-language-navigation a[hreflang="${language}"]`).click();
    await page.waitForFunction((wanted) => document.documentElement.lang === wanted, language);
  }
}

/** Chooses a radio or checkbox by its visible label, within the question (fieldset) named `legend`. */
export async function choose(page: Page, legend: string | RegExp, option: string | RegExp): Promise<void> {
  const group = page.locator('fieldset').filter({ has: page.locator('legend', { hasText: legend }) }).last();
  await group.getByLabel(option, { exact: typeof option === 'string' }).first().check();
}

/** Picks the first option of a radio group, whatever its words (used where the data decides). */
export async function chooseFirst(page: Page, legend: string | RegExp): Promise<void> {
  const group = page.locator('fieldset').filter({ has: page.locator('legend', { hasText: legend }) }).last();
  await group.locator('input').first().check();
}

export async function fillDate(page: Page, fieldId: string, date: { day: string; month: string; year: string }): Promise<void> {
  await page.locator(`#${fieldId}`).fill(date.day);
  await page.locator(`#${fieldId}-month`).fill(date.month);
  await page.locator(`#${fieldId}-year`).fill(date.year);
}

/** Today's date in Wales as the three boxes hold it. */
export function today(): { day: string; month: string; year: string } {
  const [year = '', month = '', day = ''] = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date()).split('-');
  return { day: String(Number(day)), month: String(Number(month)), year };
}

/** A moment a little in the past, in Wales, as date boxes and a 24-hour time. */
export function hoursAgo(hours: number): { day: string; month: string; year: string; time: string } {
  const moment = new Date(Date.now() - hours * 3_600_000);
  const parts = Object.fromEntries(new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(moment).map((part) => [part.type, part.value]));
  return { day: String(Number(parts.day)), month: String(Number(parts.month)), year: String(parts.year), time: `${parts.hour}:${parts.minute}` };
}

export async function fillMoment(page: Page, fieldId: string, moment: { day: string; month: string; year: string; time: string }): Promise<void> {
  await fillDate(page, fieldId, moment);
  await page.locator(`#${fieldId}-time`).fill(moment.time);
}

/** Presses the page's main button (Continue, Save...). */
export async function pressMain(page: Page): Promise<void> {
  await page.locator('main form button.govuk-button').last().click();
}
