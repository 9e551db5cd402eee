import { act } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ManagedUser } from '../api/administration';
import { ApiProvider } from '../api/api-context';
import type { ApiClient } from '../api/client';
import type { SessionApi } from '../api/session';
import { SessionProvider } from '../session/session-context';
import { mount, submit, text, type Mounted } from '../test-support/render';
import { PersonPage } from './PersonPage';
import { UnlockPersonPage } from './UnlockPersonPage';

const administrator = { id: '5d1f2b8a-1c3e-4f5a-9b7d-0e2c4a6b8d10', displayName: 'Gweinyddwr', email: 'admin@example.gov.wales', role: 'administrator' as const, preferredLanguage: 'en' as const };
const sessionApi = { current: vi.fn(), signIn: vi.fn(), signOut: vi.fn(), setPreferredLanguage: vi.fn() } as unknown as SessionApi;
const locked: ManagedUser = {
  id: '0b7c4a8e-3a0f-4a39-9d0e-2d5b1f0b7a11', displayName: 'Catrin Lloyd', email: 'catrin.lloyd@example.gov.wales', role: 'iro',
  preferredLanguage: 'cy', active: true, status: 'locked', version: 2, lockedUntil: '2026-03-02T10:15:00.000Z', deactivatedAt: null,
};

function fakeClient(person: ManagedUser, calls: string[]): ApiClient {
  let current = person;
  return {
    request: vi.fn(async (method: string, path: string, schema: { parse: (value: unknown) => unknown }) => {
      calls.push(`${method} ${path}`);
      if (method === 'POST' && path.endsWith('/unlock')) current = { ...current, status: 'active', lockedUntil: null };
      return schema.parse(current);
    }) as ApiClient['request'],
    send: vi.fn(async () => undefined),
    download: vi.fn(async () => ({ blob: new Blob([]), fileName: null })),
    setCsrfToken: vi.fn(),
  };
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
async function open(page: React.ReactNode, client: ApiClient, language: 'en' | 'cy' = 'en') {
  mounted = mount(
    <SessionProvider api={sessionApi} initial={{ status: 'signed-in', user: administrator }}>
      <ApiProvider client={client}>{page}</ApiProvider>
    </SessionProvider>,
    { language },
  );
  await settle();
}
const links = () => [...document.querySelectorAll('a')].map((link) => `${text(link)} -> ${link.getAttribute('href')}`);

describe('a person\'s page', () => {
  it('shows a locked account with when the lock ends, and offers to unlock it', async () => {
    await open(<PersonPage userId={locked.id} />, fakeClient(locked, []));
    expect(text($('h1'))).toBe('Catrin Lloyd');
    expect(text($('.govuk-tag'))).toBe('Locked');
    expect(text($('.govuk-summary-list'))).toContain('Locked after repeated failed sign-ins, until 2 March 2026 at 10:15');
    expect(links()).toEqual(expect.arrayContaining([
      `Change role -> /administration/users/${locked.id}/change/role`,
      `Unlock account -> /administration/users/${locked.id}/unlock`,
      `Deactivate account -> /administration/users/${locked.id}/change/status`,
    ]));
  });

  it('offers an administrator no way to close their own account or take their own role away', async () => {
    const self: ManagedUser = { ...locked, ...administrator, status: 'active', lockedUntil: null, active: true, version: 1, deactivatedAt: null };
    await open(<PersonPage userId={self.id} />, fakeClient(self, []), 'cy');
    expect(links().filter((link) => /change\/(role|status)/.test(link))).toEqual([]);
    expect(links().some((link) => link.includes('/change/name'))).toBe(true);
    expect(text($('main, .govuk-grid-row'))).toContain('Eich cyfrif chi yw hwn');
  });
});

describe('unlocking an account', () => {
  it('asks the administrator to be sure, unlocks, and ends on the confirmation page', async () => {
    const calls: string[] = [];
    await open(<UnlockPersonPage userId={locked.id} />, fakeClient(locked, calls), 'cy');
    expect(text($('h1'))).toBe('Datgloi\'r cyfrif hwn');
    expect(text($('form'))).toContain('Ni all Catrin Lloyd fewngofnodi ar ôl sawl ymgais aflwyddiannus, tan 2 Mawrth 2026 am 10:15');
    await submit($('form'));
    expect(calls).toContain(`POST /users/${locked.id}/unlock`);
    expect(mounted?.location()).toBe(`/administration/users/${locked.id}/changed/unlocked`);
  });

  it('has nothing to do for an account that is not locked', async () => {
    const calls: string[] = [];
    await open(<UnlockPersonPage userId={locked.id} />, fakeClient({ ...locked, status: 'active', lockedUntil: null }, calls));
    expect($('form')).toBeNull();
    expect(text($('.govuk-grid-row'))).toContain('This account is not locked');
    expect(calls.filter((call) => call.startsWith('POST'))).toEqual([]);
  });
});
