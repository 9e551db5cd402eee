import {
  activeOfferEventSchema,
  advocacyProviderSchema,
  childRecordSchema,
  missingEpisodeEventSchema,
  userSchema,
  walesChildrenLookedAfter2024,
} from '@cynnig/domain';
import { beforeAll, describe, expect, it } from 'vitest';
import type { GeneratedChild } from './generate-child.js';
import { generatePopulation } from './generate-population.js';
import { authorityShares } from './published-figures.js';

const referenceDate = '2026-03-31';
const yearBefore = '2025-03-31';
const fostering = ['foster-la', 'foster-agency', 'kinship'];

describe('the synthetic population', () => {
  // One pass over a population of about 3,000 children, kept for the checks below.
  const population = generatePopulation({ seed: 11, scale: 0.3, referenceDate });
  let children: GeneratedChild[];
  let lookedAfter: GeneratedChild[];
  beforeAll(() => {
    children = [...population];
    lookedAfter = children.filter((c) => c.group === 'looked-after');
  });
  const share = (items: GeneratedChild[], test: (c: GeneratedChild) => boolean) => items.filter(test).length / items.length;
  const current = (c: GeneratedChild) => c.record.placements.find((p) => p.end === null)!;

  it('is the same for the same seed and different for another', () => {
    const first = generatePopulation({ seed: 3, scale: 0.01, referenceDate });
    const again = generatePopulation({ seed: 3, scale: 0.01, referenceDate });
    const other = generatePopulation({ seed: 4, scale: 0.01, referenceDate });
    expect([...again]).toEqual([...first]);
    expect(again.users).toEqual(first.users);
    expect([...other].map((c) => c.record.child.id)).not.toEqual([...first].map((c) => c.record.child.id));
  });

  it('has Wales\'s share of children looked after, within 2% of 7,198 scaled, counted from the children themselves', () => {
    // Count what was generated, not what the generator meant to generate: a child is looked
    // after on the reference date when a looked-after basis is open then.
    const lookedAfterOnReferenceDate = children.filter((c) =>
      c.record.entitlements.some((e) => e.basis === 'looked-after' && e.start <= referenceDate && (e.end === null || e.end > referenceDate)),
    ).length;
    const expected = walesChildrenLookedAfter2024 * 0.3;
    expect(Math.abs(lookedAfterOnReferenceDate - expected) / expected).toBeLessThan(0.02);
  });

  it('promises Wales\'s children looked after at scale 1 and more than 100,000 at UK scale', () => {
    const wales = generatePopulation({ seed: 1, scale: 1, referenceDate });
    expect(Math.abs(wales.counts.lookedAfter - walesChildrenLookedAfter2024) / walesChildrenLookedAfter2024).toBeLessThan(0.02);
    expect(wales.counts.careLeavers).toBe(1950);
    expect(wales.counts.childProtection).toBe(900);
    expect(generatePopulation({ seed: 1, scale: 14, referenceDate }).counts.lookedAfter).toBeGreaterThan(100_000);
  });

  it('produces exactly the children its counts promise, each looked after child with an open looked-after basis', () => {
    expect(children).toHaveLength(population.counts.total);
    expect(lookedAfter).toHaveLength(population.counts.lookedAfter);
    for (const c of lookedAfter) expect(c.record.entitlements.some((e) => e.basis === 'looked-after' && e.end === null)).toBe(true);
  });

  it('spreads children over the 22 authorities in proportion to the published figures', () => {
    for (const { authority, share: published } of authorityShares()) {
      const generated = lookedAfter.filter((c) => c.record.child.authorityCode === authority.code).length / lookedAfter.length;
      expect(Math.abs(generated - published), authority.name.en).toBeLessThan(0.002);
    }
  });

  it.each([
    ['on care orders', (c: GeneratedChild) => ['full-care-order', 'interim-care-order'].includes(c.record.child.legalStatus), 0.802, 0.025],
    ['in foster care', (c: GeneratedChild) => fostering.includes(current(c).type), 0.677, 0.03],
    ['placed inside their own authority', (c: GeneratedChild) => current(c).location.kind === 'wales' && (current(c).location as { authorityCode: string }).authorityCode === c.record.child.authorityCode, 0.656, 0.03],
    ['placed outside Wales', (c: GeneratedChild) => current(c).location.kind === 'outside-wales', 530 / 7198, 0.015],
    ['unaccompanied asylum-seeking children', (c: GeneratedChild) => c.record.child.asylumStatus === 'uasc', 0.047, 0.012],
    ['with three or more placements in the year', (c: GeneratedChild) => c.record.placements.filter((p) => p.end === null || p.end > yearBefore).length >= 3, 620 / 7198, 0.02],
    ['who went missing in the year', (c: GeneratedChild) => c.record.missingEpisodes.some((e) => e.startedAt >= `${yearBefore}T12:00:00.000Z`), 0.11, 0.025],
    ['who have had an advocate', (c: GeneratedChild) => c.record.offers.some((o) => o.outcome === 'accepted'), 0.22, 0.06],
  ])('has about the published share of looked after children %s', (_label, test, target, tolerance) => {
    expect(Math.abs(share(lookedAfter, test) - target)).toBeLessThan(tolerance);
  });

  it('repeats missing episodes as the figures say: most who go missing do so more than once, most episodes under two days', () => {
    const wentMissing = lookedAfter.filter((c) => c.record.missingEpisodes.some((e) => e.startedAt >= `${yearBefore}T12:00:00.000Z`));
    const more = share(wentMissing, (c) => c.record.missingEpisodes.filter((e) => e.startedAt >= `${yearBefore}T12:00:00.000Z`).length > 1);
    expect(Math.abs(more - 0.65)).toBeLessThan(0.1);
    const episodes = children.flatMap((c) => c.record.missingEpisodes).filter((e) => e.endedAt !== null);
    const short = episodes.filter((e) => Date.parse(e.endedAt!) - Date.parse(e.startedAt) <= 48 * 3_600_000).length / episodes.length;
    expect(short).toBeGreaterThan(0.86);
  });

  it('passes the domain schemas: records, events, users and providers', () => {
    for (const c of children.filter((_, i) => i % 7 === 0)) {
      expect(childRecordSchema.safeParse(c.record).error?.issues ?? []).toEqual([]);
      for (const { event } of c.activeOfferEvents) expect(activeOfferEventSchema.safeParse(event).success).toBe(true);
      for (const episode of c.missingEpisodes) for (const { event } of episode.events) expect(missingEpisodeEventSchema.safeParse(event).success).toBe(true);
    }
    for (const user of population.users) expect(userSchema.safeParse(user).success).toBe(true);
    for (const provider of population.providers) expect(advocacyProviderSchema.safeParse(provider).success).toBe(true);
  });

  it('never leaves a declined round last unless the case is waiting to re-offer', () => {
    for (const c of children) {
      const last = c.record.offers[c.record.offers.length - 1];
      if (last && (last.outcome === 'declined' || last.outcome === 'opted-out') && last.outcomeConfirmedOn !== null) expect(last.state).toBe('awaitingReoffer');
      expect(c.record.offers.map((o) => o.round)).toEqual(c.record.offers.map((_, i) => i + 1));
      for (const round of c.record.offers.slice(1)) expect(round.isReoffer).toBe(true);
    }
  });

  it('re-offers after declines, and some children are still waiting for a re-offer', () => {
    const reoffered = share(children, (c) => c.record.offers.some((o, i) => i > 0 && c.record.offers[i - 1]!.outcome === 'declined'));
    expect(reoffered).toBeGreaterThan(0.2);
    expect(share(children, (c) => c.record.offers.at(-1)?.state === 'awaitingReoffer')).toBeGreaterThan(0.1);
  });

  it('dates nothing after the reference date, and no episode overlaps another or starts before birth', () => {
    for (const c of children) {
      for (const { event } of c.activeOfferEvents) expect(event.on <= referenceDate).toBe(true);
      for (const p of c.record.placements) expect(p.start <= referenceDate).toBe(true);
      const episodes = c.record.missingEpisodes;
      expect(episodes.filter((e) => e.endedAt === null).length).toBeLessThanOrEqual(1);
      episodes.forEach((episode, i) => {
        expect(episode.startedAt > `${c.record.child.dateOfBirth}T00:00:00.000Z`).toBe(true);
        const next = episodes[i + 1];
        if (next) expect(episode.endedAt !== null && episode.endedAt < next.startedAt).toBe(true);
      });
    }
  });

  it('has demo accounts for every role, each a real user', () => {
    const emails = new Set(population.users.map((u) => u.email));
    expect(new Set(population.demoAccounts.map((a) => a.role))).toEqual(new Set(['social-worker', 'team-manager', 'iro', 'administrator', 'provider-advocate', 'provider-manager', 'commissioner']));
    for (const account of population.demoAccounts) expect(emails.has(account.email)).toBe(true);
    expect(emails.has('social.worker@cardiff.demo.cynnig.cymru')).toBe(true);
    expect(new Set(population.users.map((u) => u.email)).size).toBe(population.users.length);
  });

  it('allocates children only to staff of their own authority', () => {
    const staffAuthority = new Map(population.users.map((u) => [u.id, u.authorityCode]));
    for (const c of children.slice(0, 500)) for (const a of c.record.allocations) expect(staffAuthority.get(a.userId)).toBe(c.record.child.authorityCode);
  });
});
