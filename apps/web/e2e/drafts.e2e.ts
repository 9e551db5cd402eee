// Drafts in a real browser: what someone typed survives their session ending, comes back
// when they sign in again in the same tab, and is never shown to the next person who signs
// in there. The session is ended on the server while the form is open, as a timeout does,
// and saving then says the person has been signed out (it does not fail as an expired form).
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import cy from '../src/i18n/cy.json';
import en from '../src/i18n/en.json';
import { connectChromium } from './browser';
import { accountFor, checkPage, fillDate, heading, newSession, pressMain, signIn, today, type Language } from './journey-steps';

const words = { en, cy };
let browser: Browser;
beforeAll(async () => {
  browser = await connectChromium(inject('browserEndpoint'));
});
afterAll(async () => {
  await browser?.close();
});

/**
 * Ends the tab's session on the server, as an idle timeout does: the browser keeps sending its
 * session cookie, which the server no longer honours. (Signing out would also remove the cookie,
 * so it is put back.)
 */
async function endSessionOnServer(page: Page): Promise<void> {
  const context = page.context();
  const cookies = await context.cookies();
  const status = await page.evaluate(async () => {
    const session = (await (await fetch('/api/v1/session')).json()) as { csrfToken: string };
    return (await fetch('/api/v1/session', { method: 'DELETE', headers: { 'x-csrf-token': session.csrfToken } })).status;
  });
  expect(status).toBeLessThan(300);
  await context.addCookies(cookies);
}

/** Saves the form with the session gone: Cynnig says the person was signed out, and keeps the draft. */
async function saveAfterTimeout(page: Page, language: Language): Promise<void> {
  await endSessionOnServer(page);
  await pressMain(page);
  await page.waitForSelector('main h1:focus');
  await pressMain(page);
  await page.waitForURL((url) => url.pathname === '/session-timed-out');
  expect(await checkPage(page, 'session-timed-out-live', language)).toBe(words[language].sessionTimedOut.title);
}

/** Signs in from the timed-out page and comes back to the form the person was on, in `language`. */
async function signInAgain(page: Page, email: string, formPath: string, language: Language): Promise<void> {
  await page.getByRole('button', { name: words[language].sessionTimedOut.signIn }).click();
  await page.waitForURL((url) => url.pathname === '/sign-in');
  await heading(page);
  await page.locator('#email').fill(email);
  await page.locator('#password').fill(inject('demoPassword'));
  await page.locator('form button[type=submit]').click();
  await page.waitForURL((url) => url.pathname === formPath);
  await heading(page);
  // Signing in brings the person's own language back; switch if theirs is the other one.
  if ((await page.getAttribute('html', 'lang')) !== language) {
    await page.locator(`.govuk-language-navigation a[hreflang="${language}"]`).click();
    await page.waitForFunction((wanted) => document.documentElement.lang === wanted, language);
  }
}

describe.each(['en', 'cy'] as const)('drafts, in %s', (language) => {
  const w = words[language];

  it('after a session times out, the same person gets their draft back; the next person to sign in at the tab does not see it', async () => {
    const { context, page } = await newSession(browser);
    const worker = accountFor('social-worker', language === 'en' ? 0 : 1);
    const manager = accountFor('team-manager', language === 'en' ? 0 : 1);
    const note = language === 'en' ? `Moved to a school nearer her gran (${Date.now()})` : `Wedi symud i ysgol yn nes at ei mam-gu (${Date.now()})`;
    try {
      await signIn(page, worker, language);
      const child = (await page.locator('main table a[href^="/children/"]').first().getAttribute('href')) ?? '';
      const formPath = `${child}/life-events/new`;
      await page.goto(formPath);
      await heading(page);
      await page.locator('main form .govuk-radios input').first().check();
      await fillDate(page, 'occurredOn', today());
      await page.locator('#note').fill(note);

      await saveAfterTimeout(page, language);
      await signInAgain(page, worker, formPath, language);
      expect(await page.locator('#note').inputValue()).toBe(note);
      expect(await page.locator('main form .govuk-radios input').first().isChecked()).toBe(true);
      await checkPage(page, 'draft-restored', language);

      // The same tab: the session ends again, and a colleague signs in.
      await saveAfterTimeout(page, language);
      await signInAgain(page, manager, formPath, language);
      expect(await page.locator('#note').inputValue()).toBe('');
      expect(await page.locator('main form .govuk-radios input:checked').count()).toBe(0);
      const stored = await page.evaluate(() => Object.keys(sessionStorage).map((key) => sessionStorage.getItem(key) ?? ''));
      expect(stored.join('\n')).not.toContain(note);
      expect(await heading(page)).toBe(w.lifeEvent.title);
    } finally {
      await context.close();
    }
  });
});
