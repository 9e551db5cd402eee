// The pages the role journeys pass by, each checked in English and Welsh against the real
// Cynnig: every role's pages at their own addresses (the home page shows the first of
// them in place), a page meant for another role, signing out, and the unavailable page.
import type { Role } from '@cynnig/domain';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import cy from '../src/i18n/cy.json';
import en from '../src/i18n/en.json';
import { journeyHref, journeysByRole, type Journey } from '../src/home/journeys';
import { connectChromium } from './browser';
import { accountFor, checkPage, heading, newSession, signIn } from './journey-steps';

const words = { en, cy };
let browser: Browser;
beforeAll(async () => {
  browser = await connectChromium(inject('browserEndpoint'));
});
afterAll(async () => {
  await browser?.close();
});

/** Each page of its own a role has (the rule catalogue is checked on its own), with the first role that has it. */
const pagesOfRoles = (() => {
  const seen = new Map<string, { journey: Journey; role: Role }>();
  for (const [role, journeys] of Object.entries(journeysByRole) as [Role, readonly Journey[]][]) {
    for (const journey of journeys) {
      const href = journeyHref[journey];
      if (href && journey !== 'ruleCatalogue' && !seen.has(href)) seen.set(href, { journey, role });
    }
  }
  return [...seen].map(([href, { journey, role }]) => ({ href, journey, role }));
})();

describe.each(['en', 'cy'] as const)('in %s', (language) => {
  const w = words[language];

  it.each(pagesOfRoles)('$href, for a $role, has one h1, the right language and no accessibility violations', async ({ href, journey, role }) => {
    const { context, page } = await newSession(browser);
    try {
      await signIn(page, accountFor(role, language === 'en' ? 0 : 1), language);
      await page.goto(href);
      await checkPage(page, `page-${journey}`, language);
    } finally {
      await context.close();
    }
  });

  it('a page meant for another role says the person has no access, and links home', async () => {
    const { context, page } = await newSession(browser);
    try {
      await signIn(page, accountFor('social-worker', language === 'en' ? 0 : 1), language);
      await page.goto('/iro-queue');
      expect(await checkPage(page, 'no-access-to-iro-queue', language, { countVisit: false })).toBe(w.accessDenied.title);
      await page.goto('/access-denied');
      expect(await checkPage(page, 'access-denied-signed-in', language)).toBe(w.accessDenied.title);
      await page.getByRole('link', { name: w.accessDenied.home }).click();
      await page.waitForURL((url) => url.pathname === '/');
      expect(await heading(page)).toBe(w.caseload.title);
    } finally {
      await context.close();
    }
  });

  it('signing out ends the session and leads to the sign-in page; the pages behind it ask for sign-in again', async () => {
    const { context, page } = await newSession(browser);
    try {
      await signIn(page, accountFor('iro', language === 'en' ? 0 : 1), language);
      await page.locator('.govuk-service-navigation').getByRole('link', { name: w.common.signOut }).click();
      await page.waitForURL((url) => url.pathname === '/sign-in');
      expect(await checkPage(page, 'signed-out', language, { arrivedFrom: '/sign-out' })).toBe(w.signIn.title);
      await page.goto('/iro-queue');
      await page.waitForURL((url) => url.pathname === '/sign-in' && url.searchParams.get('return') === '/iro-queue');
      expect(await heading(page)).toBe(w.signIn.title);
    } finally {
      await context.close();
    }
  });

  it('the service unavailable page says drafts are kept', async () => {
    const { context, page } = await newSession(browser);
    try {
      await page.goto(`/service-unavailable?lang=${language}`);
      expect(await checkPage(page, 'service-unavailable-live', language)).toBe(w.serviceUnavailable.title);
      expect(await page.locator('main').textContent()).toContain(w.serviceUnavailable.drafts);
    } finally {
      await context.close();
    }
  });
});
