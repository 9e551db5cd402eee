// Answers a record form the way a careful person would when the exact answers do not
// matter to the journey: the first choice of every question not yet answered, today
// for dates, a moment given for times, and a short sentence for text.
import type { Page } from 'playwright-core';
import { fillDate, fillMoment, today, type hoursAgo } from './journey-steps';

export async function answerEverything(page: Page, moments: Record<string, ReturnType<typeof hoursAgo>> = {}, dates: Record<string, ReturnType<typeof today>> = {}): Promise<void> {
  const form = page.locator('main form');
  for (const [id, moment] of Object.entries(moments)) if ((await page.locator(`#${id}-time`).count()) > 0) await fillMoment(page, id, moment);
  for (const [id, date] of Object.entries(dates)) if ((await page.locator(`#${id}-month`).count()) > 0) await fillDate(page, id, date);
  // Date boxes not given above: today.
  for (const month of await form.locator('input[id$="-month"]').all()) {
    const id = ((await month.getAttribute('id')) ?? '').replace(/-month$/, '');
    if ((await page.locator(`#${id}`).inputValue()) === '') await fillDate(page, id, today());
  }
  for (const group of await form.locator('.govuk-radios').all()) {
    if ((await group.locator('input:checked').count()) === 0) await group.locator('input').first().check();
  }
  for (const group of await form.locator('.govuk-checkboxes').all()) {
    if ((await group.locator('input:checked').count()) === 0) await group.locator('input').first().check();
  }
  for (const box of await form.locator('textarea').all()) if ((await box.inputValue()) === '') await box.fill('Said they wanted to see their friends and felt safe once back.');
  for (const box of await form.locator('input.govuk-input:not(.govuk-date-input__input):not([id$="-time"])').all()) {
    if ((await box.inputValue()) !== '') continue;
    const mode = await box.getAttribute('inputmode');
    await box.fill(mode === 'numeric' ? '1' : 'Carer at the placement');
  }
}
