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
import { accountFor, checkPage, fillDate, heading, hoursAgo, newSession, pressMain, signIn, today, type Language } from './journey-steps';
import { reportSomeChildMissing } from './report-missing';

const words = { en, cy };

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

/** Reports a child with no open episode missing, within the hour; returns the episode's page. */
function reportMissing(page: Page, language: Language): Promise<string> {
  // Moments within the hour, so the episode cannot overlap one in the synthetic history.
  return reportSomeChildMissing(page, words[language].child.reportMissing, { moments: { lastSeenAt: hoursAgo(0.5), at: hoursAgo(0.45) } });
}

describe.each(['en', 'cy'] as const)('errors, in the browser, in %s', (language) => {
  const w = words[language];
  // A social worker of an authority no other journey uses, one for each language.
  const account = () => accountFor('social-worker', language === 'en' ? 2 : 3);

  it('a date that does not exist and an unanswered question are both named, linked and announced', async () => {
    const { context, page } = await newSession(browser);
    try {
      await signIn(page, account(), language);
      await page.goto(`${await childHref(page, 0)}/life-events/new`);
      await heading(page);
      await fillDate(page, 'occurredOn', { day: '31', month: '2', year: '2025' });
      await pressMain(page);
      await page.waitForSelector('.govuk-error-summary');
      expect(await page.evaluate(() => document.activeElement?.classList.contains('govuk-error-summary'))).toBe(true);
      expect(await page.locator('.govuk-error-summary a').allTextContents()).toEqual([w.recordForm.errors.choose, w.dateInput.errors.notReal]);
      expect(await page.title()).toMatch(language === 'en' ? /^Error: / : /^Gwall: /);
      await checkPage(page, 'errors-bad-date', language);
      await page.getByRole('link', { name: w.dateInput.errors.notReal }).click();
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('occurredOn');
    } finally {
      await context.close();
    }
  });

  it('the API refusing a step is shown in the form in the person\'s language, with the answers kept to fix', async () => {
    const { context, page } = await newSession(browser);
    try {
      await signIn(page, account(), language);
      const episode = await reportMissing(page, language);
      await page.goto(`${episode}/RETURNED`);
      await heading(page);
      // Back before the child went missing: the workflow refuses it.
      await answerEverything(page, { at: hoursAgo(24 * 20) });
      await pressMain(page);
      await page.waitForSelector('main h1:focus');
      await pressMain(page);
      await page.waitForSelector('.govuk-error-summary');
      const summary = (await page.locator('.govuk-error-summary').textContent()) ?? '';
      expect(summary).toContain(w.common.thereIsAProblem);
      expect(await page.locator('#whereFound').inputValue()).not.toBe('');
      expect(await page.title()).toMatch(language === 'en' ? /^Error: / : /^Gwall: /);
      await checkPage(page, 'errors-api-refused', language);
    } finally {
      await context.close();
    }
  });

  it('when two people edit the same case, the second sees the conflict banner, reloads and saves without retyping', async () => {
    const first = await newSession(browser);
    const second = await newSession(browser);
    try {
      await signIn(first.page, account(), language);
      await signIn(second.page, account(), language);
      // The child of the test before now has an open episode, so the first child offering a report is another.
      const episode = await reportMissing(first.page, language);
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
      expect(await second.page.locator('#conflict-banner').textContent()).toContain(w.conflict.title);
      await checkPage(second.page, 'errors-conflict', language);
      await second.page.getByRole('button', { name: w.conflict.reload }).click();
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
