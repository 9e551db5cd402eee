import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiProblem, ApiUnavailable } from '../api/problem';
import type { ApiClient } from '../api/client';
import type { Session, SessionApi, SessionUser } from '../api/session';
import { draftKey } from '../drafts/use-draft';
import { createI18n } from '../i18n/i18n';
import { submit, text, typeInto } from '../test-support/render';
import { App } from './App';

const iro: SessionUser = { id: '0b7c4a8e-3a0f-4a39-9d0e-2d5b1f0b7a11', displayName: 'Elin Jones', email: 'elin@example.gov.wales', role: 'iro', preferredLanguage: 'cy' };

function fakeSessionApi(overrides: Partial<SessionApi> = {}): SessionApi {
  return {
    current: vi.fn(async (): Promise<Session> => ({ csrfToken: 't', user: null })),
    signIn: vi.fn(async (): Promise<Session> => ({ csrfToken: 't2', user: iro })),
    signOut: vi.fn(async () => undefined),
    setPreferredLanguage: vi.fn(async () => undefined),
    ...overrides,
  };
}

let root: Root | null = null;
let container: HTMLElement | null = null;
afterEach(() => {
  act(() => root?.unmount());
  container?.remove();
});

/** Answers the journeys' API calls: an empty IRO queue, so the IRO's home page can show. */
function fakeApiClient(): ApiClient {
  return {
    request: vi.fn(async (_method: string, path: string, schema: { parse: (value: unknown) => unknown }) => schema.parse(path.startsWith('/queues/') ? { items: [], total: 0 } : {})) as ApiClient['request'],
    send: vi.fn(async () => undefined),
    download: vi.fn(async () => ({ blob: new Blob([]), fileName: null })),
    setCsrfToken: vi.fn(),
  };
}

/** Lets lazily loaded pages arrive and their data load. */
async function settle() {
  for (let round = 0; round < 100 && document.querySelector('[role="status"]'); round += 1) {
    await act(async () => new Promise((resolve) => setTimeout(resolve, 50)));
  }
}

async function open(path: string, api: SessionApi, language: 'en' | 'cy' = 'en') {
  window.history.replaceState(null, '', path);
  const i18n = createI18n(language);
  container = document.createElement('div');
  document.body.append(container);
  await act(async () => {
    root = createRoot(container as HTMLElement);
    root.render(<App i18n={i18n} sessionApi={api} apiClient={fakeApiClient()} />);
  });
  await act(async () => new Promise((resolve) => setTimeout(resolve, 0)));
  await settle();
  return i18n;
}

const h1s = () => [...document.querySelectorAll('h1')].map((heading) => text(heading));

describe('the forms app shell', () => {
  it('frames every page the same way: skip link first, one banner, one main, one h1, the language switch', async () => {
    await open('/no-such-page', fakeSessionApi());
    expect(document.querySelector('a')?.getAttribute('href')).toBe('#main-content');
    expect(document.querySelectorAll('header')).toHaveLength(1);
    expect(document.querySelectorAll('main#main-content')).toHaveLength(1);
    expect(document.querySelectorAll('footer')).toHaveLength(1);
    expect(h1s()).toEqual(['Page not found']);
    expect(document.title).toBe('Page not found - Cynnig');
    expect(text(document.querySelector('.govuk-language-navigation a'))).toBe('Cymraeg');
  });

  it('sends a signed-out person to sign in, remembering where they were going', async () => {
    await open('/?view=overdue', fakeSessionApi());
    expect(window.location.pathname).toBe('/sign-in');
    expect(new URLSearchParams(window.location.search).get('return')).toBe('/?view=overdue');
    expect(h1s()).toEqual(['Sign in to Cynnig']);
  });

  it('after sign-in shows the home page for the role, in the language the person chose before', async () => {
    const api = fakeSessionApi();
    const i18n = await open('/sign-in', api);
    typeInto(document.querySelector('#email'), 'elin@example.gov.wales');
    typeInto(document.querySelector('#password'), 'correct horse');
    await submit(document.querySelector('form'));
    expect(api.signIn).toHaveBeenCalledWith({ email: 'elin@example.gov.wales', password: 'correct horse' });
    expect(window.location.pathname).toBe('/');
    expect(i18n.language).toBe('cy');
    await settle();
    // An IRO's home page is their queue.
    expect(h1s()).toEqual(['Eich ciw SAA']);
    expect(text(document.querySelector('main'))).toContain('Wedi mewngofnodi fel Elin Jones, Swyddog adolygu annibynnol');
    expect(text(document.querySelector('main'))).toContain('Does dim byd yn eich ciw.');
    expect(text(document.querySelector('.govuk-service-navigation'))).toContain('Allgofnodi');
  });

  it('after a session times out, the next person to sign in at the tab finds only their own drafts', async () => {
    const before = '3c2b1a0f-9e8d-4c7b-a6f5-e4d3c2b1a0f9';
    sessionStorage.clear();
    sessionStorage.setItem(draftKey(before, 'life-event.child-7'), '{"note":"Moved school after the review"}');
    sessionStorage.setItem(draftKey(iro.id, 'review.child-8'), '{"note":"Spoke to the child alone"}');
    await open('/sign-in', fakeSessionApi());
    typeInto(document.querySelector('#email'), 'elin@example.gov.wales');
    typeInto(document.querySelector('#password'), 'correct horse');
    await submit(document.querySelector('form'));
    expect(sessionStorage.getItem(draftKey(before, 'life-event.child-7'))).toBeNull();
    expect(sessionStorage.getItem(draftKey(iro.id, 'review.child-8'))).toBe('{"note":"Spoke to the child alone"}');
  });

  it('shows the API’s message when the email or password is wrong, with "Error:" in the title', async () => {
    const refused = new ApiProblem({ type: 'about:blank', title: 'Sign in failed', status: 401, code: 'auth.invalid-credentials', errors: [], detail: 'Enter a correct email address and password' });
    await open('/sign-in', fakeSessionApi({ signIn: vi.fn(async () => Promise.reject(refused)) }));
    typeInto(document.querySelector('#email'), 'elin@example.gov.wales');
    typeInto(document.querySelector('#password'), 'wrong');
    await submit(document.querySelector('form'));
    expect(text(document.querySelector('.govuk-error-summary__list'))).toBe('Enter a correct email address and password');
    expect(document.title).toBe('Error: Sign in to Cynnig - Cynnig');
  });

  it('checks the sign-in answers before sending them', async () => {
    const api = fakeSessionApi();
    await open('/sign-in', api);
    typeInto(document.querySelector('#email'), 'not-an-email');
    await submit(document.querySelector('form'));
    expect(api.signIn).not.toHaveBeenCalled();
    expect([...document.querySelectorAll('.govuk-error-summary a')].map((link) => text(link))).toEqual([
      'Enter an email address in the correct format, like name@example.gov.wales',
      'Enter your password',
    ]);
  });

  it('says the service is unavailable when the API cannot be reached, but still shows the rule catalogue', async () => {
    const down = fakeSessionApi({ current: vi.fn(async () => Promise.reject(new ApiUnavailable('down', null))) });
    await open('/', down);
    expect(h1s()).toEqual(['Sorry, the service is unavailable']);
    act(() => root?.unmount());
    await open('/rules', down);
    expect(h1s()).toEqual(['Rule catalogue']);
  });

  it('tells a person who went to a page for another role that they do not have access', async () => {
    const commissioner: SessionUser = { ...iro, role: 'commissioner', preferredLanguage: 'en' };
    await open('/access-denied', fakeSessionApi({ current: vi.fn(async () => ({ csrfToken: 't', user: commissioner })) }));
    expect(h1s()).toEqual(['You do not have access to this page']);
  });
});
