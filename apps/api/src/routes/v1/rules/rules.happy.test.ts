import { testEngines } from '@cynnig/data/test-support';
import { ruleCatalogue } from '@cynnig/rules';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestWorld, type Agent, type TestWorld } from '../../../test-support/test-world.js';
import { catalogueSchema } from './schema.js';

describe.each(testEngines())('the rule catalogue on $name', (engine) => {
  let world: TestWorld;
  let reader: Agent;

  beforeAll(async () => {
    world = await openTestWorld(engine);
    reader = await world.signIn('socialWorkerA');
  });
  afterAll(() => world.close());

  const catalogue = async () => {
    const response = await reader.request('/api/v1/rules');
    expect(response.status).toBe(200);
    return catalogueSchema.parse(await response.json()).rules;
  };

  it('lists every rule once, in its set, with the sets of the Active Offer, re-offers, IRO oversight and return home conversations', async () => {
    const rules = await catalogue();
    expect(new Set(rules.map((rule) => rule.id)).size).toBe(rules.length);
    expect(rules.map((rule) => rule.id).sort()).toEqual(ruleCatalogue.map((rule) => rule.id).sort());
    const perSet = Object.fromEntries([...new Set(rules.map((rule) => rule.set))].map((set) => [set, rules.filter((rule) => rule.set === set).length]));
    const publishedPerSet = Object.fromEntries([...new Set(ruleCatalogue.map((rule) => rule.set))].map((set) => [set, ruleCatalogue.filter((rule) => rule.set === set).length]));
    expect(perSet).toEqual(publishedPerSet);
    expect(Object.keys(perSet).sort()).toEqual(['initial-offer', 'iro-oversight', 'reoffer', 'return-home-conversation']);
  });

  it('explains each rule in English and Welsh, with its basis in law or guidance', async () => {
    for (const rule of await catalogue()) {
      for (const text of [rule.title, rule.explanation, rule.basis.citation]) {
        expect(text.en.length, rule.id).toBeGreaterThan(0);
        expect(text.cy.length, rule.id).toBeGreaterThan(0);
        expect(text.cy, rule.id).not.toBe(text.en);
      }
    }
  });

  it('gives each parameter its default and limits, as an administrator needs to change it', async () => {
    const periodic = (await catalogue()).find((rule) => rule.id === 'reoffer-periodic-after-decline');
    expect(periodic).toMatchObject({ enabledByDefault: true, version: 1, title: { en: expect.any(String), cy: expect.any(String) } });
    expect(periodic?.parameters['months']).toMatchObject({ default: 6, min: 1, max: 24 });
    const referral = (await catalogue()).find((rule) => rule.id === 'initial-offer-referral-due');
    expect(referral?.parameters['referralWorkingDays']).toMatchObject({ default: 5, min: 0, max: 60 });
  });

  it('is the same for every role, so a due item\'s rule can always be looked up', async () => {
    const mine = await catalogue();
    for (const who of ['advocateP1', 'commissioner', 'administratorB', 'iroA'] as const) {
      const response = await (await world.signIn(who)).request('/api/v1/rules');
      expect(response.status, who).toBe(200);
      expect(catalogueSchema.parse(await response.json()).rules, who).toEqual(mine);
    }
  });
});
