import { act } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ManagedUser, UserChange } from '../api/administration';
import { ApiProvider } from '../api/api-context';
import type { ApiClient } from '../api/client';
import { ApiProblem } from '../api/problem';
import type { SessionApi } from '../api/session';
import { SessionProvider } from '../session/session-context';
import { click, mount, submit, text, typeInto, type Mounted } from '../test-support/render';
import { ChangePersonPage } from './ChangePersonPage';

const administrator = { id: '5d1f2b8a-1c3e-4f5a-9b7d-0e2c4a6b8d10', displayName: 'Gweinyddwr', email: 'admin@example.gov.wales', role: 'administrator' as const, preferredLanguage: 'en' as const };
const sessionApi = { current: vi.fn(), signIn: vi.fn(), signOut: vi.fn(), setPreferredLanguage: vi.fn() } as unknown as SessionApi;
const rhys: ManagedUser = {
  id: '0b7c4a8e-3a0f-4a39-9d0e-2d5b1f0b7a11', displayName: 'Rhys Bowen', email: 'rhys.bowen@example.gov.wales', role: 'social-worker',
  preferredLanguage: 'cy', active: true, status: 'active', version: 4, lockedUntil: null, deactivatedAt: null,
};
const stale = new ApiProblem({ type: 'about:blank', title: 'Someone else changed this record', status: 409, code: 'stale-version', errors: [] });

/** An API that holds one person and answers the page's reads and changes. */
function fakeApi(person: ManagedUser, answerChange: (change: UserChange) => ManagedUser | ApiProblem) {
  let current = person;
  const changes: UserChange[] = [];
  const client: ApiClient = {
    request: vi.fn(async (method: string, _path: string, schema: { parse: (value: unknown) => unknown }, body?: unknown) => {
      if (method === 'PATCH') {
        changes.push(body as UserChange);
        const answer = answerChange(body as UserChange);
        if (answer instanceof ApiProblem) throw answer;
        current = answer;
      }
      return schema.parse(current);
    }) as ApiClient['request'],
    send: vi.fn(async () => undefined),
    download: vi.fn(async () => ({ blob: new Blob([]), fileName: null })),
    setCsrfToken: vi.fn(),
  };
  return { client, changes, replace: (next: ManagedUser) => (current = next) };
}

let mounted: Mounted | null = null;
afterEach(() => {
  mounted?.unmount();
  mounted = null;
});
const $ = (selector: string) => document.querySelector(selector);

async function settle() {
  for (let round = 0; round < 20; round += 1) await act(async () => new Promise((resolve) => setTimeout(resolve, 5)));
}

async function open(client: ApiClient, what: string, language: 'en' | 'cy' = 'en') {
  mounted = mount(
    <SessionProvider api={sessionApi} initial={{ status: 'signed-in', user: administrator }}>
      <ApiProvider client={client}>
        <ChangePersonPage userId={rhys.id} what={what} />
      </ApiProvider>
    </SessionProvider>,
    { language, path: `/administration/users/${rhys.id}/change/${what}` },
  );
  await settle();
}

const summaryRows = () => [...document.querySelectorAll('main .govuk-summary-list__row, .govuk-grid-row .govuk-summary-list__row')].map((row) => `${text(row.querySelector('dt'))}: ${text(row.querySelector('.govuk-summary-list__value'))}`);

describe('changing a person', () => {
  it('asks the question, shows what changes on "check your answers", saves with the version read and ends on the confirmation', async () => {
    const api = fakeApi(rhys, (change) => ({ ...rhys, role: change.role ?? rhys.role, version: 5 }));
    await open(api.client, 'role');
    expect(text($('h1'))).toBe('What is their role?');
    expect(($('#role') as HTMLInputElement).checked).toBe(true);
    await click($('#role-2'));
    await submit($('form'));
    expect(text($('h1'))).toBe('Check the change before saving');
    expect(summaryRows()).toEqual(['Now: Social worker', 'After the change: Team manager']);
    expect(api.changes).toEqual([]);
    await submit($('form'));
    expect(api.changes).toEqual([{ role: 'team-manager', expectedVersion: 4 }]);
    expect(mounted?.location()).toBe(`/administration/users/${rhys.id}/changed/role`);
  });

  it('refuses an answer that changes nothing, in Welsh', async () => {
    const api = fakeApi(rhys, () => rhys);
    await open(api.client, 'name', 'cy');
    await submit($('form'));
    expect(text($('.govuk-error-summary a'))).toBe('Dyma beth ydyw eisoes. Rhowch ateb gwahanol, neu ewch yn ôl heb newid dim.');
    expect($('.govuk-error-summary a')?.getAttribute('href')).toBe('#displayName');
    expect(api.changes).toEqual([]);
  });

  it('when someone else changed the person first, overwrites nothing, shows their latest details and asks again', async () => {
    const latest: ManagedUser = { ...rhys, role: 'iro', displayName: 'Rhys ap Bowen', version: 5 };
    const api = fakeApi(rhys, (change) => (change.expectedVersion === 4 ? stale : { ...latest, active: false, status: 'deactivated', version: 6 }));
    await open(api.client, 'status');
    await click($('#active-2'));
    await submit($('form'));
    expect(text($('.govuk-warning-text'))).toContain('Rhys Bowen will be signed out at once');
    api.replace(latest);
    await submit($('form'));
    await settle();

    expect(text($('#conflict-banner'))).toContain('Someone else changed this person while you were working');
    expect(text($('#conflict-banner'))).toContain('Here are their latest details. Make your change again.');
    expect(summaryRows()).toEqual(expect.arrayContaining(['Full name: Rhys ap Bowen', 'Role: Independent Reviewing Officer']));
    expect(text($('h1'))).toBe('Should their account be active?');
    expect(($('#active') as HTMLInputElement).checked).toBe(true);

    await click($('#active-2'));
    await submit($('form'));
    await submit($('form'));
    expect(api.changes).toEqual([
      { active: false, expectedVersion: 4 },
      { active: false, expectedVersion: 5 },
    ]);
    expect(mounted?.location()).toBe(`/administration/users/${rhys.id}/changed/deactivated`);
  });

  it('shows the API\'s refusal beside the question it is about', async () => {
    const refusal = new ApiProblem({ type: 'about:blank', title: 'There is a problem', status: 422, code: 'validation-failed', errors: [{ path: 'email', message: 'Someone already uses this email address' }] });
    const api = fakeApi(rhys, () => refusal);
    await open(api.client, 'email');
    typeInto($('#email'), 'iro@example.gov.wales');
    await submit($('form'));
    await submit($('form'));
    expect(text($('h1'))).toBe('What is their email address?');
    expect(text($('#email-error'))).toContain('Someone already uses this email address');
    expect(document.title.startsWith('Error: ')).toBe(true);
  });
});
