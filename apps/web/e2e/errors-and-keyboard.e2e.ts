// How Cynnig behaves when something goes wrong, in a real browser against the real API:
// a date that does not exist and a question left unanswered (the error summary takes
// focus and links to each field), the API refusing a step (its message shown in the
// form, in the user's language), and two people editing the same case (the second
// gets the conflict banner, reloads, and saves without retyping). And one whole
// journey done with the keyboard alone.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import cy from '../src/i18n/cy.json';
import en from '../src/i18n/en.json';
import { answerEverything } from './answer-questions';
import { connectChromium } from './browser';
import { accountFor, checkPage, childOffering, fillDate, heading, hoursAgo, newSession, pressMain, signIn, today } from './journey-steps';

let browser: Browser;
beforeAll(async () => {
  browser = await connectChromium(inject('browserEndpoint'));
});
afterAll(async () => {
  await browser?.close();
});

/** The n-th child on the person's caseload (0-based), so tests never share a child. */
async function childHref(page: Page, index: number): Promise<string> {
  await page.goto('/caseload');
  await heading(page);
  return (await page.locator('main table a[href^="/children/"]').nth(index).getAttribute('href')) ?? '';
}

async function reportMissing(page: Page, skip: number, language: 'en' | 'cy'): Promise<string> {
  const child = await childOffering(page, (language === 'en' ? en : cy).child.reportMissing, skip);
  await page.goto(`${child}/missing-episodes/new`);
  await heading(page);
  // Moments within the hour, so the episode cannot overlap one in the synthetic history.
  await answerEverything(page, { lastSeenAt: hoursAgo(0.5), at: hoursAgo(0.45) });
  await pressMain(page);
  await page.waitForSelector('main h1:focus');
  await pressMain(page);
  try {
    await page.waitForSelector('.govuk-notification-banner--success', { timeout: 20_000 });
  } catch (error) {
    throw new Error(`the report was not saved; the page said: ${(await page.locator('main').textContent())?.slice(0, 400)}`, { cause: error });
  }
  return new URL(page.url()).pathname;
}

describe('errors, in the browser', () => {
  it('a date that does not exist and an unanswered question are both named, linked and announced', async () => {
    const { context, page } = await newSession(browser);
    try {
      await signIn(page, accountFor('social-worker', 2), 'en');
      await page.goto(`${await childHref(page, 0)}/life-events/new`);
      await heading(page);
      await fillDate(page, 'occurredOn', { day: '31', month: '2', year: '2025' });
      await pressMain(page);
      await page.waitForSelector('.govuk-error-summary');
      expect(await page.evaluate(() => document.activeElement?.classList.contains('govuk-error-summary'))).toBe(true);
      expect(await page.locator('.govuk-error-summary a').allTextContents()).toEqual([en.recordForm.errors.choose, en.dateInput.errors.notReal]);
      expect(await page.title()).toMatch(/^Error: /);
      await checkPage(page, 'errors-bad-date', 'en');
      await page.getByRole('link', { name: en.dateInput.errors.notReal }).click();
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('occurredOn');
    } finally {
      await context.close();
    }
  });

  it('the API refusing a step is shown in the form in Welsh, with the answers kept to fix', async () => {
    const { context, page } = await newSession(browser);
    try {
      await signIn(page, accountFor('social-worker', 2), 'cy');
      const episode = await reportMissing(page, 0, 'cy');
      await page.goto(`${episode}/RETURNED`);
      await heading(page);
      // Back before the child went missing: the workflow refuses it.
      await answerEverything(page, { at: hoursAgo(24 * 20) });
      await pressMain(page);
      await page.waitForSelector('main h1:focus');
      await pressMain(page);
      await page.waitForSelector('.govuk-error-summary');
      const summary = (await page.locator('.govuk-error-summary').textContent()) ?? '';
      expect(summary).toContain(cy.common.thereIsAProblem);
      expect(await page.locator('#whereFound').inputValue()).not.toBe('');
      expect(await page.title()).toMatch(/^Gwall: /);
      await checkPage(page, 'errors-api-refused', 'cy');
    } finally {
      await context.close();
    }
  });

  it('when two people edit the same case, the second sees the conflict banner, reloads and saves without retyping', async () => {
    const first = await newSession(browser);
    const second = await newSession(browser);
    try {
      await signIn(first.page, accountFor('social-worker', 2), 'en');
      await signIn(second.page, accountFor('social-worker', 2), 'en');
      // The child of the test before now has an open episode, so the first child offering a report is another.
      const episode = await reportMissing(first.page, 0, 'en');
      for (const { page } of [first, second]) {
        await page.goto(`${episode}/UPDATE_NOTED`);
        await heading(page);
        await answerEverything(page, { at: hoursAgo(0.2) });
        await pressMain(page);
        await page.waitForSelector('main h1:focus');
      }
      await pressMain(first.page);
      await first.page.waitForSelector('.govuk-notification-banner--success', { timeout: 20_000 });
      await pressMain(second.page);
      await second.page.waitForSelector('#conflict-banner');
      expect(await second.page.locator('#conflict-banner').textContent()).toContain(en.conflict.title);
      await checkPage(second.page, 'errors-conflict', 'en');
      await second.page.getByRole('button', { name: en.conflict.reload }).click();
      await second.page.waitForSelector('#conflict-banner', { state: 'detached' });
      await pressMain(second.page);
      await second.page.waitForSelector('.govuk-notification-banner--success', { timeout: 20_000 });
    } finally {
      await first.context.close();
      await second.context.close();
    }
  });
});

/** Presses Tab until the focused element matches, as a keyboard user moves through a page. */
async function tabTo(page: Page, selector: string, limit = 120): Promise<void> {
  for (let presses = 0; presses < limit; presses += 1) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((wanted) => document.activeElement?.matches(wanted) ?? false, selector)) return;
  }
  throw new Error(`could not reach ${selector} with the Tab key`);
}

describe('with the keyboard alone', () => {
  it('a social worker signs in, opens a child from the caseload and records a change in their life', async () => {
    const { context, page } = await newSession(browser);
    try {
      await page.goto('/sign-in?lang=en');
      await heading(page);
      await tabTo(page, '#email');
      await page.keyboard.type(accountFor('social-worker', 2));
      await page.keyboard.press('Tab');
      await page.keyboard.type(inject('demoPassword'));
      await page.keyboard.press('Enter');
      await page.waitForURL((url) => url.pathname === '/');
      await heading(page);
      await tabTo(page, 'main table a[href^="/children/"]');
      await page.keyboard.press('Enter');
      await page.waitForURL((url) => url.pathname.startsWith('/children/'));
      await heading(page);
      await tabTo(page, `a[href$="/life-events/new"]`);
      await page.keyboard.press('Enter');
      await heading(page);
      // The first radio takes focus with Tab; Space chooses it.
      await tabTo(page, 'input[type=radio]');
      await page.keyboard.press('Space');
      await tabTo(page, '#occurredOn');
      const date = today();
      await page.keyboard.type(date.day);
      await page.keyboard.press('Tab');
      await page.keyboard.type(date.month);
      await page.keyboard.press('Tab');
      await page.keyboard.type(date.year);
      await tabTo(page, 'main form button.govuk-button');
      await page.keyboard.press('Enter');
      await page.waitForSelector('main h1:focus');
      expect(await page.locator('h1').textContent()).toBe(en.recordForm.checkTitle);
      await tabTo(page, 'main form button.govuk-button');
      await page.keyboard.press('Enter');
      await page.waitForSelector('.govuk-notification-banner--success', { timeout: 20_000 });
      await checkPage(page, 'keyboard-saved', 'en');
    } finally {
      await context.close();
    }
  });
});
