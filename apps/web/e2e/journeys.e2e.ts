// Every role's main journey against the real Cynnig (API, database, built forms app),
// in English and in Welsh, in Chromium: sign in as a demo account, do the work the
// role comes for, and check every page on the way (one h1, the right language, zero
// WCAG 2.2 AA violations, a screenshot).
import { advocacyModes, contactMethods, lifeEventKinds, offerFormats, offerLanguages, offerOutcomes, offerTriggers } from '@cynnig/domain';
import { eventLabel, type EventTypeOf } from '@cynnig/workflows';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import cy from '../src/i18n/cy.json';
import en from '../src/i18n/en.json';
import { answerEverything } from './answer-questions';
import { connectChromium } from './browser';
import { accountFor, activeOfferState, checkPage, childInState, choose, heading, hoursAgo, newSession, pressMain, screenshots, signIn, type Language } from './journey-steps';
import { reportSomeChildMissing } from './report-missing';

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

/** Opens a step of the Active Offer from the child's page and checks its question page. */
async function openActiveOfferStep(page: Page, type: EventTypeOf<'active-offer'>, language: Language): Promise<void> {
  await page.getByRole('link', { name: eventLabel('active-offer', type, language), exact: true }).click();
  await page.waitForURL((url) => url.pathname.endsWith(`/active-offer/${type}`));
  await checkPage(page, `active-offer-${type.toLowerCase()}`, language);
}

/** Where the child's Active Offer stands, as the child's page says it. */
async function activeOfferStanding(page: Page): Promise<string> {
  await heading(page);
  return ((await page.locator('h2#active-offer + dl .govuk-summary-list__value').first().textContent()) ?? '').trim();
}

/** The answers "check your answers" shows. */
async function checkedAnswers(page: Page): Promise<string> {
  return (await page.locator('main .govuk-summary-list').first().textContent()) ?? '';
}

describe.each(['en', 'cy'] as const)('in %s', (language) => {
  const w = words[language];

  it('a social worker works through their caseload: the Active Offer from telling the child to a referral to a named provider, a change in a child\'s life, a missing episode and the return home conversation', async () => {
    const { context, page } = await newSession(browser);
    try {
      await signIn(page, accountFor('social-worker', language === 'en' ? 0 : 1), language);
      expect(await checkPage(page, 'caseload', language)).toBe(w.caseload.title);
      // A child waiting to be told about advocacy, or due to be offered it again.
      const childHref = await childInState(page, [activeOfferState('awaitingChildTold', language), activeOfferState('awaitingReoffer', language)]);
      await page.locator(`main table a[href="${childHref}"]`).first().click();
      await checkPage(page, 'child', language);

      await page.getByRole('link', { name: w.child.recordLifeEvent }).click();
      expect(await checkPage(page, 'life-event', language)).toBe(w.lifeEvent.title);
      await choose(page, w.lifeEvent.questions.kind, lifeEventKinds.label('placement-move', language));
      await answerEverything(page);
      await continueCheckAndSave(page, 'life-event', language);
      expect(new URL(page.url()).pathname).toBe(childHref);

      if ((await page.getByRole('link', { name: eventLabel('active-offer', 'OFFER_DUE', language), exact: true }).count()) > 0) {
        // Declined before: the offer is made again some months on.
        await openActiveOfferStep(page, 'OFFER_DUE', language);
        await choose(page, w.activeOffer.questions.trigger, offerTriggers.label('periodic-after-decline', language));
        await answerEverything(page);
        await continueCheckAndSave(page, 'active-offer-offer_due', language);
      }
      expect(await activeOfferStanding(page)).toBe(activeOfferState('awaitingChildTold', language));

      await openActiveOfferStep(page, 'CHILD_TOLD', language);
      await choose(page, w.activeOffer.questions.toldMethod, contactMethods.label('visit', language));
      await choose(page, w.activeOffer.questions.language, offerLanguages.label(language, language));
      await answerEverything(page);
      await continueCheckAndSave(page, 'active-offer-child_told', language);
      expect(await activeOfferStanding(page)).toBe(activeOfferState('awaitingPermission', language));

      await openActiveOfferStep(page, 'PERMISSION_GIVEN', language);
      await answerEverything(page);
      await continueCheckAndSave(page, 'active-offer-permission_given', language);
      expect(await activeOfferStanding(page)).toBe(activeOfferState('awaitingReferral', language));

      // The referral names the providers the authority commissions, as the API lists them.
      await openActiveOfferStep(page, 'REFERRED', language);
      const providers = page.locator('fieldset').filter({ has: page.locator('legend', { hasText: w.activeOffer.questions.provider }) });
      const offered = (await providers.locator('.govuk-radios__label').allTextContents()).map((name) => name.trim());
      const { commissioned, latest } = await page.evaluate(async (child) => {
        const listed = ((await (await fetch('/api/v1/providers')).json()) as { items: { id: string; name: string }[] }).items;
        const rounds = ((await (await fetch(`/api/v1${child}/active-offer`)).json()) as { rounds: { providerId: string | null; referredOn: string | null }[] }).rounds;
        const lastReferral = [...rounds].reverse().find((round) => round.providerId !== null && round.referredOn !== null);
        return { commissioned: listed.map((provider) => provider.name), latest: listed.find((provider) => provider.id === lastReferral?.providerId)?.name ?? null };
      }, childHref);
      expect(offered.length).toBeGreaterThan(0);
      expect([...offered].sort()).toEqual([...commissioned].sort());
      // A child referred before sees that provider first, saying when; nobody else is marked.
      const marked = await providers.locator('.govuk-radios__item').evaluateAll((items) => items.map((item) => item.querySelector('.govuk-radios__hint') !== null));
      if (latest) expect([offered[0], marked[0]]).toEqual([latest, true]);
      expect(marked.slice(latest ? 1 : 0)).not.toContain(true);
      const chosen = offered[0] ?? '';
      await choose(page, w.activeOffer.questions.provider, chosen);
      await answerEverything(page);
      await pressMain(page);
      await page.waitForSelector('main h1:focus');
      expect(await checkedAnswers(page)).toContain(chosen);
      await checkPage(page, 'active-offer-referred-check', language);
      await pressMain(page);
      await savedOrExplain(page, 'active-offer-referred', language);
      expect(await activeOfferStanding(page)).toBe(activeOfferState('awaitingProviderContact', language));

      // A missing episode for a child who has none open, from the report to the agreed actions.
      await reportSomeChildMissing(page, w.child.reportMissing, {
        // Recent moments, so the episode never overlaps one the synthetic history already holds.
        moments: { lastSeenAt: hoursAgo(1), at: hoursAgo(0.9) },
        onPage: async (stage) => {
          if (stage === 'questions') expect(await checkPage(page, 'missing-report', language)).toBe(w.missingEpisode.reportTitle);
          else expect(await checkPage(page, 'missing-report-check', language)).toBe(w.recordForm.checkTitle);
        },
      });
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
        await page.waitForURL((url) => url.pathname.endsWith(`/${type}`));
        await checkPage(page, `episode-${type.toLowerCase()}`, language);
        if (type === 'CONVERSATION_HELD') {
          // The rules' prompts for this episode sit beside the questions.
          expect(await page.locator('#prompts-heading').textContent()).toBe(w.missingEpisode.promptsHeading);
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
      await page.waitForURL((url) => url.pathname.endsWith('/ESCALATED'));
      await checkPage(page, 'concern-escalate', language);
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

  it('an advocate opens a referral from the inbox, records a contact attempt, the offer with its language, formats and mode, and the child\'s answer', async () => {
    const { context, page } = await newSession(browser);
    // The child accepts in one language and declines in the other; declining never closes the entitlement.
    const outcome = language === 'en' ? ({ step: 'OFFER_ACCEPTED', code: 'accepted', after: 'advocacyActive' } as const) : ({ step: 'OFFER_DECLINED', code: 'declined', after: 'awaitingReoffer' } as const);
    try {
      await signIn(page, accountFor('provider-advocate', language === 'en' ? 0 : 1), language);
      expect(await checkPage(page, 'provider-inbox', language)).toBe(w.providerInbox.title);
      const referral = await childInState(page, [activeOfferState('awaitingProviderContact', language)]);
      await page.locator(`main table a[href="${referral}"]`).first().click();
      await heading(page);
      expect(await page.locator('.govuk-caption-l').first().textContent()).toBe(w.child.referralCaption);
      await checkPage(page, 'referral', language);

      await openActiveOfferStep(page, 'CONTACT_ATTEMPTED', language);
      await choose(page, w.activeOffer.questions.contactMethod, contactMethods.label('phone', language));
      await choose(page, w.activeOffer.questions.reachedChild, w.common.yes);
      await answerEverything(page);
      await continueCheckAndSave(page, 'active-offer-contact_attempted', language);
      // Trying to reach the child does not move the offer on.
      expect(await activeOfferStanding(page)).toBe(activeOfferState('awaitingProviderContact', language));

      await openActiveOfferStep(page, 'OFFER_MADE', language);
      const offer = { language: offerLanguages.label(language, language), formats: [offerFormats.label('conversation', language), offerFormats.label('easy-read', language)], mode: advocacyModes.label('instructed', language) };
      await choose(page, w.activeOffer.questions.offerLanguage, offer.language);
      for (const format of offer.formats) await choose(page, w.activeOffer.questions.formats, format);
      await choose(page, w.activeOffer.questions.mode, offer.mode);
      await answerEverything(page);
      await pressMain(page);
      await page.waitForSelector('main h1:focus');
      const answers = await checkedAnswers(page);
      for (const answer of [offer.language, ...offer.formats, offer.mode]) expect(answers).toContain(answer);
      await checkPage(page, 'active-offer-offer_made-check', language);
      await pressMain(page);
      await savedOrExplain(page, 'active-offer-offer_made', language);
      expect(await activeOfferStanding(page)).toBe(activeOfferState('awaitingOutcome', language));

      await openActiveOfferStep(page, outcome.step, language);
      await answerEverything(page);
      await continueCheckAndSave(page, `active-offer-${outcome.step.toLowerCase()}`, language);
      expect(await activeOfferStanding(page)).toBe(activeOfferState('awaitingConfirmation', language));
      expect(await page.locator('main').textContent()).toContain(offerOutcomes.label(outcome.code, language));

      // The provider confirms the outcome to the local authority.
      await openActiveOfferStep(page, 'OUTCOME_CONFIRMED', language);
      await answerEverything(page);
      await continueCheckAndSave(page, 'active-offer-outcome_confirmed', language);
      expect(await activeOfferStanding(page)).toBe(activeOfferState(outcome.after, language));
      await checkPage(page, 'referral-after-outcome', language);
    } finally {
      await context.close();
    }
  });

  it('a team manager sees the team\'s children and what is due, opens a child, and records a new social worker', async () => {
    const { context, page } = await newSession(browser);
    try {
      await signIn(page, accountFor('team-manager', language === 'en' ? 0 : 1), language);
      expect(await checkPage(page, 'team-home', language)).toBe(w.caseload.teamTitle);
      // The team's page at its own address, as a manager keeps it bookmarked.
      await page.goto('/caseload');
      expect(await checkPage(page, 'team-caseload', language)).toBe(w.caseload.teamTitle);
      const due = await page.locator('main table').first().locator('tbody tr').count();
      const children = await page.locator('main table').last().locator('tbody tr').count();
      expect(due).toBeGreaterThan(0);
      expect(children).toBeGreaterThan(0);

      const childHref = (await page.locator('main table').last().locator('a[href^="/children/"]').first().getAttribute('href')) ?? '';
      await page.locator('main table').last().locator(`a[href="${childHref}"]`).click();
      await page.waitForURL((url) => url.pathname === childHref);
      await checkPage(page, 'team-child', language);
      const change = lifeEventKinds.label('social-worker-change', language);
      const timesRecorded = async () => ((await page.locator('main').textContent()) ?? '').split(change).length - 1;
      const before = await timesRecorded();

      await page.getByRole('link', { name: w.child.recordLifeEvent }).click();
      expect(await checkPage(page, 'team-life-event', language)).toBe(w.lifeEvent.title);
      await choose(page, w.lifeEvent.questions.kind, change);
      await answerEverything(page);
      await continueCheckAndSave(page, 'team-life-event', language);
      expect(new URL(page.url()).pathname).toBe(childHref);
      // The child's timeline now holds the change.
      expect(await timesRecorded()).toBe(before + 1);
      await checkPage(page, 'team-child-after-change', language);
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
