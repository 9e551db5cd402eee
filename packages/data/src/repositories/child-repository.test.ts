import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CynnigError } from '@cynnig/domain';
import { aChild, aLookedAfterChild, aProvider, cardiff, swansea, testEngines, type TestDatabase } from '../test-support/index.js';
import type { Scope } from '../scope.js';
import { createChild, findChild, findChildByCaseReference, getChild, searchChildren, updateChild, childIdsDueBy, setNextDueOn } from './child-repository.js';
import { createCase } from './workflow-case-repository.js';
import { replaceDueItemsForChild } from './due-item-repository.js';

const cardiffScope: Scope = { kind: 'authority', authorityCode: cardiff };
const swanseaScope: Scope = { kind: 'authority', authorityCode: swansea };

describe.each(testEngines())('children on $name', (engine) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await engine.open();
  });
  afterAll(async () => database?.close());

  it('creates a child and finds it again within its own authority', async () => {
    const stored = await createChild(database.db, aChild(cardiff, { communicationNeeds: ['easy-read', 'symbols'] }));
    expect(stored.version).toBe(1);
    expect(stored.pseudonym).toMatch(/^CY-[A-Z0-9]{12}$/);
    const found = await findChild(database.db, cardiffScope, stored.child.id);
    expect(found?.child).toEqual(stored.child);
    expect(await findChildByCaseReference(database.db, cardiff, stored.child.caseReference)).toMatchObject({ child: { id: stored.child.id } });
  });

  it('never shows another authority\'s child', async () => {
    const stored = await createChild(database.db, aChild(cardiff));
    expect(await findChild(database.db, swanseaScope, stored.child.id)).toBeUndefined();
    await expect(getChild(database.db, swanseaScope, stored.child.id)).rejects.toMatchObject({ code: 'not-found.child' });
    const page = await searchChildren(database.db, swanseaScope, { limit: 500 });
    expect(page.items.map((item) => item.child.id)).not.toContain(stored.child.id);
  });

  it('shows a provider only the children referred to it', async () => {
    const ours = await aProvider(database.db, [cardiff]);
    const theirs = await aProvider(database.db, [cardiff]);
    const referred = await createChild(database.db, aChild(cardiff));
    const elsewhere = await createChild(database.db, aChild(cardiff));
    const notReferred = await createChild(database.db, aChild(cardiff));
    const open = (childId: string, providerId: string | null) =>
      createCase(database.db, 'active-offer', {
        childId, authorityCode: cardiff, state: providerId ? 'awaitingProviderContact' : 'awaitingChildTold', snapshot: {}, machineVersion: 'test',
        columns: { providerId }, firstEvent: { type: 'OFFER_DUE' },
      });
    await open(referred.child.id, ours.id);
    await open(elsewhere.child.id, theirs.id);
    await open(notReferred.child.id, null);
    const scope: Scope = { kind: 'provider', providerId: ours.id };
    expect(await findChild(database.db, scope, referred.child.id)).toBeDefined();
    expect(await findChild(database.db, scope, elsewhere.child.id)).toBeUndefined();
    expect(await findChild(database.db, scope, notReferred.child.id)).toBeUndefined();
    expect((await searchChildren(database.db, scope)).items.map((item) => item.child.id)).toEqual([referred.child.id]);
  });

  it('shows an IRO only children who are looked after', async () => {
    const lookedAfter = await aLookedAfterChild(database.db, swansea);
    const enquiry = await createChild(database.db, aChild(swansea, { legalStatus: 'child-protection-enquiry' }));
    const iroScope: Scope = { kind: 'authority', authorityCode: swansea, lookedAfterOnly: true };
    expect(await findChild(database.db, iroScope, lookedAfter.child.id)).toBeDefined();
    expect(await findChild(database.db, iroScope, enquiry.child.id)).toBeUndefined();
  });

  it('refuses child rows to national monitoring', async () => {
    await expect(searchChildren(database.db, { kind: 'national' })).rejects.toMatchObject({ code: 'scope.aggregates-only' });
  });

  it('updates a child when the version matches and moves the version on', async () => {
    const stored = await createChild(database.db, aChild(cardiff));
    const updated = await updateChild(database.db, cardiffScope, stored.child.id, { legalStatus: 'placement-order', preferredLanguage: 'en' }, 1, '2026-02-01T09:00:00.000Z');
    expect(updated.version).toBe(2);
    expect((await getChild(database.db, cardiffScope, stored.child.id)).child).toMatchObject({ legalStatus: 'placement-order', preferredLanguage: 'en' });
  });

  it('rejects a stale-version update with the current version, and changes nothing', async () => {
    const stored = await createChild(database.db, aChild(cardiff));
    await updateChild(database.db, cardiffScope, stored.child.id, { givenName: 'Megan' }, 1);
    const failure = await updateChild(database.db, cardiffScope, stored.child.id, { givenName: 'Overwritten' }, 1).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(CynnigError);
    expect(failure).toMatchObject({ code: 'conflict.stale-version', details: { currentVersion: 2, expectedVersion: 1 } });
    const after = await getChild(database.db, cardiffScope, stored.child.id);
    expect(after.child.givenName).toBe('Megan');
    expect(after.version).toBe(2);
  });

  it('refuses an update outside the scope as if the child did not exist', async () => {
    const stored = await createChild(database.db, aChild(cardiff));
    await expect(updateChild(database.db, swanseaScope, stored.child.id, { givenName: 'X' }, 1)).rejects.toMatchObject({ code: 'not-found.child' });
  });

  it('refuses an update that breaks the schema', async () => {
    const stored = await createChild(database.db, aChild(cardiff));
    await expect(updateChild(database.db, cardiffScope, stored.child.id, { dateOfBirth: '2012-02-30' }, 1)).rejects.toThrow();
    expect((await getChild(database.db, cardiffScope, stored.child.id)).version).toBe(1);
  });

  describe('search', () => {
    const code = 'W06000001';
    const scope: Scope = { kind: 'authority', authorityCode: code };
    let ids: Record<string, string>;
    beforeAll(async () => {
      const make = async (givenName: string, familyName: string, caseReference: string, legalStatus: 'full-care-order' | 'section-76') =>
        (await createChild(database.db, aChild(code, { givenName, familyName, caseReference, legalStatus }))).child.id;
      ids = {
        aled: await make('Aled', 'Hughes', 'YM-100', 'full-care-order'),
        bethan: await make('Bethan', 'Hughes', 'YM-101', 'section-76'),
        carys: await make('Carys', 'Owen', 'YM-200', 'full-care-order'),
        dylan: await make('Dylan', 'Parry', 'YM-300', 'section-76'),
      };
      const item = (childId: string, dueOn: string) => ({
        childId, ruleId: 'reoffer-periodic', ruleVersion: 1, kind: 'reoffer', audience: ['social-worker' as const], dueOn, severity: 'due' as const,
        reason: { en: 'Re-offer due', cy: 'Ail-gynnig yn ddyledus' }, facts: {}, caseId: null,
      });
      await replaceDueItemsForChild(database.db, ids.carys!, [item(ids.carys!, '2026-01-01')]);
      await replaceDueItemsForChild(database.db, ids.dylan!, [item(ids.dylan!, '2026-12-01')]);
    });

    it('finds children by part of a name in any case, ordered by family name', async () => {
      const page = await searchChildren(database.db, scope, { text: 'hUGH' });
      expect(page.items.map((item) => item.child.givenName)).toEqual(['Aled', 'Bethan']);
      expect(page.total).toBe(2);
      expect((await searchChildren(database.db, scope, { text: 'bethan hughes' })).items.map((i) => i.child.id)).toEqual([ids.bethan]);
    });

    it('finds a child by case reference', async () => {
      expect((await searchChildren(database.db, scope, { text: 'ym-200' })).items.map((i) => i.child.id)).toEqual([ids.carys]);
    });

    it('treats % and _ in the search text as plain text', async () => {
      expect((await searchChildren(database.db, scope, { text: '%' })).total).toBe(4);
    });

    it('filters by legal status, by having due items, and by overdue items', async () => {
      expect((await searchChildren(database.db, scope, { legalStatus: 'section-76' })).items.map((i) => i.child.givenName)).toEqual(['Bethan', 'Dylan']);
      expect((await searchChildren(database.db, scope, { hasDueItems: true })).items.map((i) => i.child.givenName)).toEqual(['Carys', 'Dylan']);
      expect((await searchChildren(database.db, scope, { overdue: true, asOf: '2026-06-01' })).items.map((i) => i.child.givenName)).toEqual(['Carys']);
    });

    it('pages through the results with the total alongside', async () => {
      const first = await searchChildren(database.db, scope, { limit: 3 });
      const second = await searchChildren(database.db, scope, { limit: 3, offset: 3 });
      expect(first.total).toBe(4);
      expect([...first.items, ...second.items].map((i) => i.child.givenName)).toEqual(['Aled', 'Bethan', 'Carys', 'Dylan']);
    });

    it('gives the sweep the children whose next due date has come', async () => {
      const due = await childIdsDueBy(database.db, '2026-06-01');
      expect(due).toContain(ids.carys);
      expect(due).not.toContain(ids.dylan);
      await setNextDueOn(database.db, ids.dylan!, '2026-05-01');
      expect(await childIdsDueBy(database.db, '2026-06-01')).toContain(ids.dylan);
    });
  });

  it('refuses two children with the same case reference in one authority but allows it in two', async () => {
    const caseReference = `DUP-${randomUUID().slice(0, 6)}`;
    await createChild(database.db, aChild(cardiff, { caseReference }));
    await expect(createChild(database.db, aChild(cardiff, { caseReference }))).rejects.toThrow();
    await expect(createChild(database.db, aChild(swansea, { caseReference }))).resolves.toBeDefined();
  });
});
