// The commissioner's monitoring dashboard against the real Cynnig (API, database of the
// synthetic population, built forms app), in English and in Welsh, in Chromium: change the
// grouping and the quarters with the form, check that the address carries the choice, that
// the line chart's table shows exactly the API's figures, that withheld figures appear as
// "[c]" (in the table and under the chart) and never as zero, and check every state of the
// page (one h1, the right language, zero WCAG 2.2 AA violations, a screenshot).
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import cy from '../src/i18n/cy.json';
import en from '../src/i18n/en.json';
import { connectChromium } from './browser';
import { accountFor, checkPage, heading, newSession, screenshots, signIn, type Language } from './journey-steps';

const words = { en, cy };
/** The measures the page draws as line charts (see src/monitoring/SeriesFigures.tsx). */
const chartedAsLines = ['take-up-rate', 'working-days-to-offer-median', 'working-days-to-offer-p90', 'return-conversation-offer-rate', 'return-conversation-accept-rate', 'return-conversation-in-time-rate'];
let browser: Browser;

beforeAll(async () => {
  browser = await connectChromium(inject('browserEndpoint'));
});
afterAll(async () => {
  await browser?.close();
});

type Cell = number | null | { suppressed: true };
interface Line { code: string; name: { en: string; cy: string }; values: Cell[] }
interface Dashboard { disclosure: string; quarters: string[]; groupBy: string; groupings: string[]; series: { measureId: string; unit: string; groups: Line[]; total: Line }[] }

/** A figure as the page writes it, worked out here from the API's answer. */
function shown(cell: Cell, unit: string, language: Language): string {
  if (cell === null) return words[language].dashboard.noFigure;
  if (typeof cell === 'object') return '[c]';
  const number = new Intl.NumberFormat('en-GB').format(Math.round(cell * 10) / 10);
  if (unit === 'percent') return `${number}%`;
  if (unit === 'working-days') return words[language].dashboard.workingDays.replace('{{value}}', number);
  return number;
}

const quarterText = (code: string, language: Language) => (language === 'cy' ? code.replace(' Q', ' Ch') : code);

/** The dashboard the API gives for the page's current address, read with the page's own session. */
async function apiDashboard(page: Page): Promise<Dashboard> {
  const search = new URL(page.url()).searchParams;
  const query = new URLSearchParams();
  for (const key of ['groupBy', 'from', 'to']) if (search.get(key)) query.set(key, search.get(key)!);
  const response = await page.request.get(`/api/v1/monitoring/dashboard?${query}`);
  expect(response.status()).toBe(200);
  return (await response.json()) as Dashboard;
}

async function tableOf(page: Page, chart: string): Promise<string[][]> {
  return page.locator(`[data-chart="${chart}"] table tbody tr`).evaluateAll((rows) => rows.map((row) => [...row.children].map((cell) => (cell.textContent ?? '').replace(/\s+/g, ' ').trim())));
}

/** Presses the form's button with the keyboard and waits for the figures it asked for. */
async function showFigures(page: Page, language: Language, expectSearch: (search: URLSearchParams) => boolean): Promise<void> {
  await page.getByRole('button', { name: words[language].dashboard.controls.submit }).focus();
  await page.keyboard.press('Enter');
  await page.waitForURL((url) => url.pathname === '/monitoring' && expectSearch(url.searchParams));
  // Focus moves to the sentence saying what is now shown, so a screen reader hears it.
  await page.waitForFunction(() => document.activeElement?.getAttribute('aria-live') === 'polite');
  await heading(page);
}

describe.each<Language>(['en', 'cy'])('the monitoring dashboard (%s)', (language) => {
  const w = words[language].dashboard;

  it('a commissioner compares take-up by Regional Partnership Board area over quarters they choose, with withheld figures shown as [c]', async () => {
    const { context, page } = await newSession(browser);
    try {
      await signIn(page, accountFor('commissioner'), language);
      await page.goto('/monitoring');
      expect(await checkPage(page, 'dashboard-start', language)).toBe(w.title);

      // By local authority over eight quarters: 22 authorities are too many lines, so two are chosen.
      await page.getByLabel(w.groupings.authority, { exact: true }).check();
      const offered = await page.locator('#to option').evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value));
      const last = offered.at(-1)!;
      await page.locator('#from').selectOption(offered.at(-8)!);
      await page.locator('#to').selectOption(last);
      await showFigures(page, language, (search) => search.get('groupBy') === 'authority' && search.get('from') === offered.at(-8));
      expect(await checkPage(page, 'dashboard-by-authority', language)).toBe(w.title);
      const referenceOnly = await page.locator('[data-chart="lines-take-up-rate"] svg [data-line]').evaluateAll((lines) => lines.map((line) => line.getAttribute('data-reference')));
      expect(referenceOnly).toEqual(['true']);
      const showBoxes = page.locator('input[name="show"]');
      expect(await showBoxes.count()).toBeGreaterThan(7);
      const chosen = [await showBoxes.nth(0).getAttribute('value'), await showBoxes.nth(5).getAttribute('value')];
      await showBoxes.nth(0).check();
      await showBoxes.nth(5).check();
      await showFigures(page, language, (search) => search.getAll('show').length === 2);
      expect(await page.locator('[data-chart="lines-take-up-rate"] svg [data-line]').evaluateAll((lines) => lines.map((line) => line.getAttribute('data-line')))).toEqual([...chosen, 'wales']);
      expect(await checkPage(page, 'dashboard-authorities-chosen', language)).toBe(w.title);

      // By Regional Partnership Board area over six quarters.
      await page.getByLabel(w.groupings['rpb-region'], { exact: true }).check();
      await page.locator('#from').selectOption(offered.at(-6)!);
      await showFigures(page, language, (search) => search.get('groupBy') === 'rpb-region' && search.get('from') === offered.at(-6) && search.get('to') === last);
      expect(await checkPage(page, 'dashboard-by-region', language)).toBe(w.title);
      const dashboard = await apiDashboard(page);
      expect(dashboard.groupBy).toBe('rpb-region');
      expect(dashboard.quarters).toHaveLength(6);

      // The line chart's table is the API's figures, every region and then Wales, quarter by quarter.
      const takeUp = dashboard.series.find((series) => series.measureId === 'take-up-rate')!;
      expect(await page.locator('[data-chart="lines-take-up-rate"] table thead th').allTextContents()).toEqual([w.groupings['rpb-region'], ...dashboard.quarters.map((quarter) => quarterText(quarter, language))]);
      expect(await tableOf(page, 'lines-take-up-rate')).toEqual([
        ...takeUp.groups.map((group) => [group.name[language], ...group.values.map((cell) => shown(cell, takeUp.unit, language))]),
        [w.totalRow.replace('{{name}}', takeUp.total.name[language]), ...takeUp.total.values.map((cell) => shown(cell, takeUp.unit, language))],
      ]);
      // Every region is a line of its own; Wales is the reference line, and no bar.
      expect(await page.locator('[data-chart="lines-take-up-rate"] svg [data-line]').evaluateAll((lines) => lines.map((line) => line.getAttribute('data-line')))).toEqual([...takeUp.groups.map((group) => group.code), 'wales']);
      expect(await page.locator('[data-chart="bars-take-up-rate"] svg [data-bar]').evaluateAll((bars) => bars.map((bar) => bar.getAttribute('data-bar')))).toEqual(takeUp.groups.map((group) => group.code));

      // A withheld figure of the demo population, wherever the API has one among the charted
      // series: "[c]" in the chart's table and in the strip under the chart, never 0.
      const withheld = dashboard.series
        .filter((candidate) => chartedAsLines.includes(candidate.measureId))
        .flatMap((candidate) => candidate.groups.flatMap((group) => group.values.map((cell, index) => ({ series: candidate, group, index, cell }))))
        .find(({ cell }) => cell !== null && typeof cell === 'object');
      expect(withheld, 'the demo population has a withheld figure by region').toBeDefined();
      const { series, group, index } = withheld!;
      const chart = `lines-${series.measureId}`;
      const row = (await tableOf(page, chart)).find((cells) => cells[0] === group.name[language]);
      expect(row?.[index + 1]).toBe('[c]');
      const mark = page.locator(`[data-chart="${chart}"] svg [data-withheld="${group.code}|${dashboard.quarters[index]}"]`);
      expect(await mark.textContent()).toBe('[c]');
      expect(await page.locator(`[data-chart="${chart}"] .cynnig-legend`).textContent()).toContain(w.withheldLegend);
      await page.locator(`[data-chart="${chart}"]`).scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${screenshots}/dashboard-withheld-${language}.png` });
    } finally {
      await context.close();
    }
  }, 240_000);

  it('opens a shared address as it was bookmarked, and says which quarters are wrong in an address that cannot be answered', async () => {
    const { context, page } = await newSession(browser);
    try {
      await signIn(page, accountFor('commissioner'), language);
      await page.goto(`/monitoring?${new URLSearchParams({ groupBy: 'advocacy-region', from: '2025-26 Q1', to: '2025-26 Q2' })}`);
      await heading(page);
      expect(await page.locator('input[name="groupBy"][value="advocacy-region"]').isChecked()).toBe(true);
      expect(await page.locator('#from').inputValue()).toBe('2025-26 Q1');
      expect(await tableOf(page, 'lines-take-up-rate').then((rows) => rows.length)).toBe((await apiDashboard(page)).series[0]!.groups.length + 1);
      expect(await checkPage(page, 'dashboard-shared-address', language)).toBe(w.title);

      await page.goto(`/monitoring?${new URLSearchParams({ from: '2019-20 Q1', to: '2025-26 Q4' })}`);
      await page.waitForSelector('.govuk-error-summary');
      expect(await page.locator('.govuk-error-summary').textContent()).toContain(language === 'en' ? 'ask for 12 quarters at most' : 'gofynnwch am 12 chwarter ar y mwyaf');
      expect(await checkPage(page, 'dashboard-wrong-address', language)).toBe(w.title);
    } finally {
      await context.close();
    }
  });
});

it('an IRO reads their own authority\'s figures, exactly, by provider', async () => {
  const { context, page } = await newSession(browser);
  try {
    await signIn(page, accountFor('iro'), 'en');
    await page.goto('/monitoring');
    expect(await checkPage(page, 'dashboard-iro', 'en')).toBe(en.dashboard.title);
    const dashboard = await apiDashboard(page);
    expect(dashboard).toMatchObject({ disclosure: 'exact', groupBy: 'provider', groupings: ['provider'] });
    expect(await page.locator('.govuk-inset-text', { hasText: '[c]' }).count()).toBe(0);
  } finally {
    await context.close();
  }
});
