// An administrator manages the people of their authority against the real Cynnig, in
// English and in Welsh, in Chromium: adds a person, changes their role (meeting a change
// made meanwhile in another tab, which is never overwritten), deactivates them, which
// signs them out at once and stops them signing in, reactivates them, and unlocks the
// account after someone has locked it with wrong passwords. Every page is
// checked (one h1, the right language, zero WCAG 2.2 AA violations, a screenshot).
// Administrators of Gwynedd and Powys are used, so the other journeys' people are untouched.
import { roles } from '@cynnig/domain';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import cy from '../src/i18n/cy.json';
import en from '../src/i18n/en.json';
import { connectChromium } from './browser';
import { accountFor, checkPage, heading, newSession, pressMain, screenshots, signIn, type Language } from './journey-steps';

const words = { en, cy };
const personPassword = 'a long enough first password';
let browser: Browser;

beforeAll(async () => {
  browser = await connectChromium(inject('browserEndpoint'));
});
afterAll(async () => {
  await browser?.close();
});

/** Waits until the page's h1 says `expected` (pages change in place after Continue and Save). */
async function headingBecomes(page: Page, expected: string, name: string): Promise<void> {
  try {
    await page.waitForFunction((wanted) => document.querySelectorAll('h1').length === 1 && document.querySelector('h1')?.textContent?.trim() === wanted, expected, { timeout: 20_000 });
  } catch (error) {
    await page.screenshot({ path: `${screenshots}/failed-${name}.png`, fullPage: true });
    throw new Error(`${name}: expected the heading "${expected}"; the page said: ${(await page.locator('main').textContent())?.slice(0, 600)}`, { cause: error });
  }
}

/** Signs in with an email address and password of one's own (not a demo account). */
async function signInAs(page: Page, email: string, language: Language): Promise<void> {
  await page.goto(`/sign-in?lang=${language}`);
  await heading(page);
  await page.locator('#email').fill(email);
  await page.locator('#password').fill(personPassword);
  await page.locator('form button[type=submit]').click();
}

describe.each(['en', 'cy'] as const)('in %s', (language) => {
  const w = words[language];
  const p = w.people;

  it('an administrator changes a person\'s role, deactivates them (who then cannot sign in), reactivates them and unlocks their account', async () => {
    const admin = await newSession(browser);
    const person = await newSession(browser);
    const page = admin.page;
    const name = language === 'en' ? 'Nia Pritchard' : 'Owain Rhys';
    const email = `people.${language}.${Date.now()}@example.gov.wales`;
    const check = (pageToCheck: Page, step: string) => checkPage(pageToCheck, `people-${step}`, language);
    try {
      await signIn(page, accountFor('administrator', language === 'en' ? 2 : 3), language);
      expect(await check(page, 'administration')).toBe(w.administration.title);

      // A person to manage, added the way an administrator adds anyone.
      await page.getByRole('link', { name: w.administration.addUser }).click();
      await headingBecomes(page, w.administration.addUserTitle, 'people-add');
      await page.locator('#displayName').fill(name);
      await page.locator('#email').fill(email);
      await page.locator('input[name="role"][value="social-worker"]').check();
      await page.locator(`input[name="preferredLanguage"][value="${language}"]`).check();
      await page.locator('#password').fill(personPassword);
      await pressMain(page);
      await page.waitForSelector('.govuk-notification-banner--success', { timeout: 20_000 });

      // The people table shows each person's role and status, and a link to change them.
      const row = page.locator('main table tr', { hasText: email });
      expect(await row.locator('.govuk-tag').textContent()).toBe(p.status.active);
      await page.getByRole('link', { name: `${w.common.change} ${name}` }).click();
      await headingBecomes(page, name, 'people-person');
      expect(await check(page, 'person')).toBe(name);
      const personUrl = new URL(page.url()).pathname;

      // The person is working in Cynnig meanwhile.
      await signInAs(person.page, email, language);
      await person.page.waitForURL((url) => url.pathname === '/');
      await heading(person.page);

      // Changing the role; another tab renames the person before this change is saved.
      await page.getByRole('link', { name: `${w.common.change} ${w.administration.role.toLocaleLowerCase()}` }).click();
      await headingBecomes(page, p.questions.role, 'people-role');
      expect(await check(page, 'role-question')).toBe(p.questions.role);
      const otherTab = await admin.context.newPage();
      await otherTab.goto(`${personUrl}/change/name`);
      await headingBecomes(otherTab, p.questions.name, 'people-name');
      await otherTab.locator('#displayName').fill(`${name} Jones`);
      await pressMain(otherTab);
      await headingBecomes(otherTab, p.check.title, 'people-name-check');
      await pressMain(otherTab);
      await headingBecomes(otherTab, p.done.name, 'people-name-done');
      await otherTab.close();

      const teamManager = roles.label('team-manager', language);
      await page.getByLabel(teamManager, { exact: true }).check();
      await pressMain(page);
      await headingBecomes(page, p.check.title, 'people-role-check');
      expect(await check(page, 'role-check')).toBe(p.check.title);
      await pressMain(page);
      await page.waitForSelector('#conflict-banner', { timeout: 20_000 });
      expect(await page.locator('#conflict-banner').textContent()).toContain(p.conflict.body);
      expect(await page.locator('#conflict-banner').textContent()).toContain(`${name} Jones`);
      expect(await check(page, 'role-conflict')).toBe(p.questions.role);
      await page.getByLabel(teamManager, { exact: true }).check();
      await pressMain(page);
      await headingBecomes(page, p.check.title, 'people-role-check-again');
      await pressMain(page);
      await headingBecomes(page, p.done.role, 'people-role-done');
      expect(await check(page, 'role-done')).toBe(p.done.role);

      // Deactivating: a question, a warning on "check your answers", a confirmation.
      await page.goto(personUrl);
      await headingBecomes(page, `${name} Jones`, 'people-person-again');
      await page.getByRole('link', { name: p.deactivate }).click();
      await headingBecomes(page, p.questions.status, 'people-status');
      expect(await check(page, 'status-question')).toBe(p.questions.status);
      await page.getByLabel(p.status.deactivated, { exact: true }).check();
      await pressMain(page);
      await headingBecomes(page, p.check.title, 'people-status-check');
      expect(await page.locator('.govuk-warning-text').count()).toBe(1);
      expect(await check(page, 'deactivate-check')).toBe(p.check.title);
      await pressMain(page);
      await headingBecomes(page, p.done.deactivated, 'people-deactivated');
      expect(await check(page, 'deactivated')).toBe(p.done.deactivated);

      // The person's very next request is refused, and they cannot sign in again.
      const status = await person.page.evaluate(async () => (await fetch('/api/v1/children', { headers: { accept: 'application/json' } })).status);
      expect(status).toBe(401);
      await signInAs(person.page, email, language);
      await person.page.waitForSelector('.govuk-error-summary', { timeout: 20_000 });
      expect(new URL(person.page.url()).pathname).toBe('/sign-in');
      expect(await person.page.locator('.govuk-error-summary').textContent()).toMatch(language === 'en' ? /ask your administrator/ : /gofynnwch i'ch gweinyddwr/);
      expect(await check(person.page, 'deactivated-sign-in')).toBe(w.signIn.title);

      await page.goto('/administration');
      await headingBecomes(page, w.administration.title, 'people-list');
      expect(await page.locator('main table tr', { hasText: email }).locator('.govuk-tag').textContent()).toBe(p.status.deactivated);
      expect(await check(page, 'administration-deactivated')).toBe(w.administration.title);

      // Reactivating lets them sign in again.
      await page.goto(personUrl);
      await headingBecomes(page, `${name} Jones`, 'people-person-deactivated');
      expect(await check(page, 'person-deactivated')).toBe(`${name} Jones`);
      await page.getByRole('link', { name: p.reactivate }).click();
      await headingBecomes(page, p.questions.status, 'people-status-again');
      await page.getByLabel(p.status.active, { exact: true }).check();
      await pressMain(page);
      await headingBecomes(page, p.check.title, 'people-reactivate-check');
      expect(await check(page, 'reactivate-check')).toBe(p.check.title);
      await pressMain(page);
      await headingBecomes(page, p.done.reactivated, 'people-reactivated');
      expect(await check(page, 'reactivated')).toBe(p.done.reactivated);

      await signInAs(person.page, email, language);
      await person.page.waitForURL((url) => url.pathname === '/');
      await heading(person.page);

      // Someone tries the person's account with wrong passwords until it locks; the
      // administrator, having checked it is really the person asking, unlocks it.
      const guesser = await newSession(browser);
      try {
        for (let attempt = 0; attempt < 5; attempt += 1) {
          await guesser.page.goto(`/sign-in?lang=${language}`);
          await heading(guesser.page);
          await guesser.page.locator('#email').fill(email);
          await guesser.page.locator('#password').fill(`not the password ${attempt}`);
          await guesser.page.locator('form button[type=submit]').click();
          await guesser.page.waitForSelector('.govuk-error-summary', { timeout: 20_000 });
        }
      } finally {
        await guesser.context.close();
      }
      await page.goto(personUrl);
      await headingBecomes(page, `${name} Jones`, 'people-person-locked');
      expect(await page.locator('main .govuk-tag').first().textContent()).toBe(p.status.locked);
      await page.getByRole('link', { name: p.unlock }).click();
      await headingBecomes(page, p.unlockPage.title, 'people-unlock');
      expect(await check(page, 'unlock')).toBe(p.unlockPage.title);
      await pressMain(page);
      await headingBecomes(page, p.done.unlocked, 'people-unlocked');
      expect(await check(page, 'unlocked')).toBe(p.done.unlocked);

      const again = await newSession(browser);
      try {
        await signInAs(again.page, email, language);
        await again.page.waitForURL((url) => url.pathname === '/');
        await heading(again.page);
      } finally {
        await again.context.close();
      }
    } finally {
      await admin.context.close();
      await person.context.close();
    }
  });
});
