// The pages that work with no API behind them, in English and Welsh, in a real
// browser: each must have zero WCAG 2.2 AA violations, the right <html lang>,
// one h1, and a language link to its other-language version.
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import cy from '../src/i18n/cy.json';
import en from '../src/i18n/en.json';
import { accessibilityViolations } from './accessibility';
import { appRoot, connectChromium, serveBuiltApp } from './browser';
import { recordVisit } from './visited-pages';

const screenshots = `${appRoot}/screenshots`;
let browser: Browser;
let app: { url: string; close: () => Promise<void> };

beforeAll(async () => {
  mkdirSync(screenshots, { recursive: true });
  app = await serveBuiltApp();
  browser = await connectChromium(inject('browserEndpoint'));
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

async function openPage(path: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1024, height: 800 } });
  await page.goto(`${app.url}${path}`);
  await page.waitForSelector('h1');
  return page;
}

const pages = [
  { name: 'sign-in', path: '/sign-in', heading: { en: 'Sign in to Cynnig', cy: 'Mewngofnodi i Cynnig' } },
  { name: 'rule-catalogue', path: '/rules', heading: { en: 'Rule catalogue', cy: 'Catalog rheolau' } },
  { name: 'not-found', path: '/no-such-page', heading: { en: 'Page not found', cy: "Heb ddod o hyd i'r dudalen" } },
  { name: 'service-unavailable', path: '/service-unavailable', heading: { en: en.serviceUnavailable.title, cy: cy.serviceUnavailable.title } },
  { name: 'session-timed-out', path: '/session-timed-out', heading: { en: en.sessionTimedOut.title, cy: cy.sessionTimedOut.title } },
  { name: 'access-denied', path: '/access-denied', heading: { en: en.accessDenied.title, cy: cy.accessDenied.title } },
] as const;
const languages = [
  { code: 'en', other: 'cy', otherName: 'Cymraeg' },
  { code: 'cy', other: 'en', otherName: 'English' },
] as const;

describe.each(languages)('pages that need no API, in $code', ({ code, other, otherName }) => {
  it.each(pages)('$name has one h1, the right language, and no accessibility violations', async ({ name, path, heading }) => {
    const page = await openPage(`${path}?lang=${code}`);
    try {
      expect(await page.locator('h1').allTextContents()).toEqual([heading[code]]);
      expect(await page.getAttribute('html', 'lang')).toBe(code);
      const switchLink = page.locator(`a[hreflang="${other}"]`);
      expect(await switchLink.textContent()).toBe(otherName);
      expect(await switchLink.getAttribute('lang')).toBe(other);
      const violations = await accessibilityViolations(page);
      await page.screenshot({ path: `${screenshots}/${name}-${code}.png`, fullPage: true });
      expect(violations).toEqual([]);
      recordVisit(path, code);
    } finally {
      await page.close();
    }
  });
});

describe('the sign-in page in a browser', () => {
  it.each([
    { code: 'en', submit: en.signIn.submit, title: 'Error: Sign in to Cynnig - Cynnig', emailMissing: en.signIn.errors.emailRequired },
    { code: 'cy', submit: cy.signIn.submit, title: 'Gwall: Mewngofnodi i Cynnig - Cynnig', emailMissing: cy.signIn.errors.emailRequired },
  ] as const)('after an empty submit in $code, focuses the error summary, prefixes the title, and stays accessible', async ({ code, submit, title, emailMissing }) => {
    const page = await openPage(`/sign-in?lang=${code}`);
    try {
      await page.getByRole('button', { name: submit }).click();
      await page.waitForSelector('.govuk-error-summary');
      expect(await page.evaluate(() => document.activeElement?.classList.contains('govuk-error-summary'))).toBe(true);
      expect(await page.title()).toBe(title);
      await page.getByRole('link', { name: emailMissing }).click();
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('email');
      const violations = await accessibilityViolations(page);
      await page.screenshot({ path: `${screenshots}/sign-in-errors-${code}.png`, fullPage: true });
      expect(violations).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('switches to Welsh in place and remembers it on the next visit', async () => {
    const page = await openPage('/sign-in?lang=en');
    try {
      await page.getByRole('link', { name: 'Cymraeg' }).click();
      await page.waitForSelector('h1:text("Mewngofnodi i Cynnig")');
      expect(await page.getAttribute('html', 'lang')).toBe('cy');
      await page.goto(`${app.url}/no-such-page`);
      await page.waitForSelector('h1');
      expect(await page.locator('h1').textContent()).toBe("Heb ddod o hyd i'r dudalen");
    } finally {
      await page.close();
    }
  });

  it('lets a keyboard user skip straight to the content', async () => {
    const page = await openPage('/sign-in');
    try {
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to main content');
      await page.keyboard.press('Enter');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('main-content');
    } finally {
      await page.close();
    }
  });
});
