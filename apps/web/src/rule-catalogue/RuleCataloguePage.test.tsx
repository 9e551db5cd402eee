import { afterEach, describe, expect, it } from 'vitest';
import { mount, text, type Mounted } from '../test-support/render';
import type { CatalogueRule } from './catalogue-rule';
import { RuleCataloguePage } from './RuleCataloguePage';

// Shaped like a rule file of @cynnig/rules; the wording is the test's own.
const reviewRule: CatalogueRule = {
  id: 'first-review-due',
  version: 1,
  set: 'iro-oversight',
  enabledByDefault: true,
  title: { en: 'First review due', cy: 'Adolygiad cyntaf yn ddyledus' },
  explanation: { en: 'The first review is held within 20 working days of the child becoming looked after.', cy: "Cynhelir yr adolygiad cyntaf o fewn 20 diwrnod gwaith i'r plentyn ddechrau derbyn gofal." },
  basis: { kind: 'regulation', citation: { en: 'Care Planning, Placement and Case Review (Wales) Regulations 2015, reg 39', cy: 'Rheoliadau 2015, rheoliad 39' } },
  parameters: {
    firstReviewWorkingDays: { type: 'integer', unit: 'working-days', default: 20, min: 1, max: 20, description: { en: 'Working days to the first review', cy: "Diwrnodau gwaith hyd at yr adolygiad cyntaf" } },
    audience: { type: 'choice-list', options: ['iro', 'social-worker'], default: ['iro', 'social-worker'], description: { en: 'Who sees it', cy: 'Pwy sy’n ei weld' } },
  },
};

let mounted: Mounted | null = null;
afterEach(() => mounted?.unmount());

describe('the rule catalogue page', () => {
  it('shows each rule with its explanation, basis and parameter defaults', () => {
    mounted = mount(<RuleCataloguePage rules={[reviewRule]} />);
    expect(text(document.querySelector('h2'))).toBe('IRO oversight');
    expect(text(document.querySelector('h3'))).toBe('First review due');
    expect(text(document.querySelector('article'))).toContain('Regulation: Care Planning, Placement and Case Review (Wales) Regulations 2015, reg 39');
    const cells = [...document.querySelectorAll('tbody tr')].map((row) => [...row.children].map((cell) => text(cell)));
    expect(cells).toEqual([
      ['Working days to the first review', '20 working days (from 1 working day to 20 working days)'],
      ['Who sees it', 'Independent Reviewing Officer; Social worker'],
    ]);
  });

  it('shows the same rule in Welsh, with code labels from the domain lists', () => {
    mounted = mount(<RuleCataloguePage rules={[reviewRule]} />, { language: 'cy' });
    expect(text(document.querySelector('h3'))).toBe('Adolygiad cyntaf yn ddyledus');
    expect(text(document.querySelector('.govuk-tag'))).toBe('Ymlaen yn ddiofyn');
    const cells = [...document.querySelectorAll('tbody td')].map((cell) => text(cell));
    expect(cells).toEqual(['20 o ddiwrnodau gwaith (o 1 diwrnod gwaith i 20 o ddiwrnodau gwaith)', 'Swyddog adolygu annibynnol; Gweithiwr cymdeithasol']);
  });

  it('says so when no rules are published rather than showing an empty page', () => {
    mounted = mount(<RuleCataloguePage rules={[]} />);
    expect(text(document.querySelector('main, p.govuk-body'))).toBe('No rules have been published yet.');
  });
});
