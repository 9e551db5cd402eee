// Every role's main journey against the real Cynnig (API, database, built forms app),
// in English and in Welsh, in Chromium: sign in as a demo account, do the work the
// role comes for, and check every page on the way (one h1, the right language, zero
// WCAG 2.2 AA violations, a screenshot).
import { eventLabel } from '@cynnig/workflows';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import cy from '../src/i18n/cy.json';
import en from '../src/i18n/en.json';
import { answerEverything } from './answer-questions';
import { connectChromium } from './browser';
import { accountFor, checkPage, childOffering, heading, hoursAgo, newSession, pressMain, screenshots, signIn, type Language } from './journey-steps';

const words = { en, cy };
let browser: Browser;

beforeAll(async () => {
  browser = await connectChromium(inject('browserEndpoint'));
});
afterAll(async () => {
  await browser?.close();
});

/** Continue past the questions, check the answers page, and save; returns the page it lands on. */
async function continueCheckAndSave(page: Page, name: string, language: Language): Promise<void> {
  await pressMain(page);
  await page.waitForSelector('main h1:focus, .govuk-error-summary');
  expect(await page.locator('.govuk-error-summary').count(), `no errors on ${name}`).toBe(0);
  expect(await checkPage(page, `${name}-check`, language)).toBe(words[language].recordForm.checkTitle);
  await pressMain(page);
  await savedOrExplain(page, name, language);
}

/** Waits for the success banner; if it never comes, keeps a screenshot and says what the page showed. */
async function savedOrExplain(page: Page, name: string, language: Language): Promise<void> {
  try {
    await page.waitForSelector('.govuk-notification-banner--success', { timeout: 20_000 });
  } catch (error) {
    await page.screenshot({ path: `${screenshots}/failed-${name}-${language}.png`, fullPage: true });
    throw new Error(`${name} was not saved; the page said: ${(await page.locator('main').textContent())?.slice(0, 600)}`, { cause: error });
  }
}

async function openFirstChild(page: Page): Promise<string> {
  const link = page.locator('main table a[href^="/children/"]').first();
  const href = (await link.getAttribute('href')) ?? '';
  await link.click();
  await page.waitForURL((url) => url.pathname === href);
  await heading(page);
  return href;
}

describe.each(['en', 'cy'] as const)('in %s', (language) => {
  const w = words[language];

  it('a social worker works through their caseload: a change in a child\'s life, an Active Offer step, a missing episode and the return home conversation', async () => {
    const { context, page } = await newSession(browser);
    try {
      await signIn(page, accountFor('social-worker', language === 'en' ? 0 : 1), language);
      expect(await checkPage(page, 'caseload', language)).toBe(w.caseload.title);
      await openFirstChild(page);
      // A child for whom a missing episode can be reported (none is open), so the whole journey runs.
      const childHref = await childOffering(page, w.child.reportMissing);
      await checkPage(page, 'child', language);

      await page.getByRole('link', { name: w.child.recordLifeEvent }).click();
      expect(await checkPage(page, 'life-event', language)).toBe(w.lifeEvent.title);
      await answerEverything(page);
      await continueCheckAndSave(page, 'life-event', language);
      expect(new URL(page.url()).pathname).toBe(childHref);

      const step = page.locator('#next-steps + ul a').first();
      if ((await step.count()) > 0) {
        await step.click();
        await checkPage(page, 'active-offer-step', language);
        await answerEverything(page);
        await continueCheckAndSave(page, 'active-offer-step', language);
      }

      await page.goto(`${childHref}`);
      await heading(page);
      await page.getByRole('link', { name: w.child.reportMissing }).click();
      expect(await checkPage(page, 'missing-report', language)).toBe(w.missingEpisode.reportTitle);
      // Recent moments, so the episode never overlaps one the synthetic history already holds.
      await answerEverything(page, { lastSeenAt: hoursAgo(1), at: hoursAgo(0.9) });
      await continueCheckAndSave(page, 'missing-report', language);
      expect(await checkPage(page, 'episode', language)).toBe(w.missingEpisode.episodeTitle);

      const steps = [
        { type: 'RETURNED', at: 0.7 },
        { type: 'CONVERSATION_OFFERED', at: 0.6 },
        { type: 'CONVERSATION_ACCEPTED', at: 0.5 },
        { type: 'CONVERSATION_HELD', at: 0.4 },
        { type: 'ACTIONS_AGREED', at: 0.3 },
      ] as const;
      for (const { type, at } of steps) {
        await page.getByRole('link', { name: eventLabel('missing-episode', type, language), exact: true }).click();
        await heading(page);
        if (type === 'CONVERSATION_HELD') {
          // The rules' prompts for this episode sit beside the questions.
          expect(await page.locator('#prompts-heading').textContent()).toBe(w.missingEpisode.promptsHeading);
          await checkPage(page, 'conversation', language);
        }
        await answerEverything(page, { at: hoursAgo(at) });
        await continueCheckAndSave(page, `episode-${type.toLowerCase()}`, language);
      }
      await checkPage(page, 'episode-after-actions', language);
      expect(await page.locator('main').textContent()).toContain(w.missingEpisode.taskDone);
    } finally {
      await context.close();
    }
  });

  it('an IRO works their queue: every item says why it is there; raises a concern and escalates it, and records a review', async () => {
    const { context, page } = await newSession(browser);
    try {
      await signIn(page, accountFor('iro', language === 'en' ? 0 : 1), language);
      expect(await checkPage(page, 'iro-queue', language)).toBe(w.iroQueue.title);
      const reasons = await page.locator('main table tbody tr td:nth-child(4)').allTextContents();
      expect(reasons.length).toBeGreaterThan(0);
      for (const reason of reasons) expect(reason.trim().length).toBeGreaterThan(10);

      await page.locator('main table a[href*="/oversight/new"]').first().click();
      expect(await checkPage(page, 'concern-raise', language)).toBe(w.oversight.raiseTitle);
      await answerEverything(page);
      await continueCheckAndSave(page, 'concern-raise', language);
      expect(await checkPage(page, 'concern', language)).toBe(w.oversight.concernTitle);

      await page.getByRole('link', { name: eventLabel('oversight', 'ESCALATED', language), exact: true }).click();
      await heading(page);
      const fortnight = new Date(Date.now() + 14 * 86_400_000);
      await answerEverything(page, {}, { respondBy: { day: String(fortnight.getUTCDate()), month: String(fortnight.getUTCMonth() + 1), year: String(fortnight.getUTCFullYear()) } });
      await continueCheckAndSave(page, 'concern-escalate', language);

      await page.locator('.govuk-back-link').click();
      await heading(page);
      await page.getByRole('link', { name: w.child.recordReview }).click();
      expect(await checkPage(page, 'review', language)).toBe(w.review.title);
      await answerEverything(page);
      await continueCheckAndSave(page, 'review', language);
    } finally {
      await context.close();
    }
  });

  it('an advocate opens a referral from the inbox and records contact, the offer and its outcome, step by step', async () => {
    const { context, page } = await newSession(browser);
    try {
      await signIn(page, accountFor('provider-advocate', language === 'en' ? 0 : 1), language);
      expect(await checkPage(page, 'provider-inbox', language)).toBe(w.providerInbox.title);
      await openFirstChild(page);
      expect(await page.locator('.govuk-caption-l').first().textContent()).toBe(w.child.referralCaption);
      await checkPage(page, 'referral', language);
      // Contact, the offer (language, formats, mode) and its outcome: each step the workflow allows next, up to four.
      let recorded = 0;
      for (; recorded < 4; recorded += 1) {
        const step = page.locator('#next-steps + ul a').first();
        if ((await step.count()) === 0) break;
        await step.click();
        await checkPage(page, recorded === 0 ? 'provider-step' : `provider-step-${recorded + 1}`, language);
        await answerEverything(page);
        await continueCheckAndSave(page, `provider-step-${recorded + 1}`, language);
      }
      expect(recorded).toBeGreaterThan(0);
    } finally {
      await context.close();
    }
  });

  it('a provider manager downloads a quarter\'s take-up figures in the National Reporting Template\'s shape', async () => {
    const { context, page } = await newSession(browser);
    try {
      await signIn(page, accountFor('provider-manager', 0), language);
      await page.goto('/export');
      expect(await checkPage(page, 'export', language)).toBe(w.export.title);
      await page.locator('main form .govuk-radios').first().locator('input').first().check();
      const download = page.waitForEvent('download');
      await pressMain(page);
      const file = await download;
      expect(file.suggestedFilename()).toMatch(/\.csv$/);
      await page.waitForSelector('.govuk-notification-banner--success');
      await checkPage(page, 'export-downloaded', language);
    } finally {
      await context.close();
    }
  });

  it('a commissioner lands on the monitoring dashboard: every chart has a summary in words and a table of its figures', async () => {
    const { context, page } = await newSession(browser);
    try {
      await signIn(page, accountFor('commissioner'), language);
      expect(await checkPage(page, 'dashboard', language)).toBe(w.dashboard.title);
      const charts = page.locator('main svg[role="img"]');
      expect(await charts.count()).toBeGreaterThan(0);
      for (const chart of await charts.all()) {
        const summary = await chart.getAttribute('aria-labelledby');
        expect(((await page.locator(`#${summary}`).textContent()) ?? '').length).toBeGreaterThan(20);
      }
      expect(await page.locator('main table').count()).toBe(await charts.count());
    } finally {
      await context.close();
    }
  });

  it('an administrator adds a person and changes a rule for their authority, with the rule explained beside it', async () => {
    const { context, page } = await newSession(browser);
    try {
      await signIn(page, accountFor('administrator', language === 'en' ? 0 : 1), language);
      expect(await checkPage(page, 'administration', language)).toBe(w.administration.title);
      await page.getByRole('link', { name: w.administration.addUser }).click();
      expect(await checkPage(page, 'add-user', language)).toBe(w.administration.addUserTitle);
      await page.locator('#displayName').fill(language === 'en' ? 'Rhian Evans' : 'Siân Morgan');
      await page.locator('#email').fill(`new.person.${language}.${Date.now()}@example.gov.wales`);
      await page.locator('#role').check();
      await page.locator('#preferredLanguage').check();
      await page.locator('#password').fill('a long enough first password');
      await pressMain(page);
      await page.waitForSelector('.govuk-notification-banner--success', { timeout: 20_000 });

      await page.locator('main table a[href="/administration/rules/return-home-conversation-due"]').click();
      expect(await checkPage(page, 'rule-setting', language)).toBe(w.administration.changeRule);
      await continueCheckAndSave(page, 'rule-setting', language);
    } finally {
      await context.close();
    }
  });

  it('anyone reads the rule catalogue', async () => {
    const { context, page } = await newSession(browser);
    try {
      await page.goto(`/rules?lang=${language}`);
      expect(await checkPage(page, 'rule-catalogue-live', language)).toBe(w.ruleCatalogue.title);
      expect(await page.locator('article').count()).toBeGreaterThan(20);
    } finally {
      await context.close();
    }
  });
});
