import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiProblem } from '../api/problem';
import type { SessionApi } from '../api/session';
import { SessionProvider } from '../session/session-context';
import { click, mount, submit, text, typeInto, type Mounted } from '../test-support/render';
import type { Question } from './question';
import { RecordForm, type RecordFormProps } from './RecordForm';

const questions: Question[] = [
  { name: 'on', kind: 'date', label: 'activeOffer.questions.on', notAfterToday: true },
  { name: 'reachedChild', kind: 'yes-no', label: 'activeOffer.questions.reachedChild' },
];
const sessionApi = { current: vi.fn(), signIn: vi.fn(), signOut: vi.fn(), setPreferredLanguage: vi.fn() } as unknown as SessionApi;
const signedIn = { status: 'signed-in' as const, user: { id: '0b7c4a8e-3a0f-4a39-9d0e-2d5b1f0b7a11', displayName: 'Siôn', email: 's@example.gov.wales', role: 'social-worker' as const, preferredLanguage: 'en' as const } };

let mounted: Mounted | null = null;
beforeEach(() => sessionStorage.clear());
afterEach(() => {
  mounted?.unmount();
  mounted = null;
});
const $ = (selector: string) => document.querySelector(selector);

function open(props: Partial<RecordFormProps> & Pick<RecordFormProps, 'save'>, language: 'en' | 'cy' = 'en') {
  mounted = mount(
    <SessionProvider api={sessionApi} initial={signedIn}>
      <RecordForm formId="test.child-1.CONTACT_ATTEMPTED" title="Contact attempted" caption="Lowri Hughes" questions={questions} onSaved={() => undefined} {...props} />
    </SessionProvider>,
    { language },
  );
}

async function answer() {
  typeInto($('#on'), '2');
  typeInto($('#on-month'), '3');
  typeInto($('#on-year'), '2026');
  await click($('#reachedChild-2'));
}

describe('a record form', () => {
  it('checks the answers on a "check your answers" page before anything is saved', async () => {
    const save = vi.fn(async () => undefined);
    const onSaved = vi.fn();
    open({ save, onSaved });
    await answer();
    await submit($('form'));
    expect(save).not.toHaveBeenCalled();
    expect(text($('h1'))).toBe('Check your answers before saving');
    expect([...document.querySelectorAll('.govuk-summary-list__row')].map((row) => text(row.querySelector('dd')))).toEqual(['2 March 2026', 'No']);
    await submit($('form'));
    expect(save).toHaveBeenCalledWith({ on: '2026-03-02', reachedChild: false });
    expect(onSaved).toHaveBeenCalled();
  });

  it('takes the person back to the question from its Change link, with the answer kept', async () => {
    open({ save: async () => undefined });
    await answer();
    await submit($('form'));
    await click(document.querySelector('.govuk-summary-list__actions a'));
    expect(($('#on-year') as HTMLInputElement).value).toBe('2026');
    expect(document.activeElement?.id).toBe('on');
  });

  it('shows the API\'s field errors beside the field they name, in the language the API answered in', async () => {
    const refusal = new ApiProblem({ type: 'about:blank', title: 'Mae problem wedi codi', status: 422, code: 'validation-failed', errors: [{ path: '/event/on', message: 'Ni all y dyddiad fod cyn i\'r plentyn gael ei atgyfeirio' }] });
    open({ save: async () => Promise.reject(refusal) }, 'cy');
    await answer();
    await submit($('form'));
    await submit($('form'));
    expect(text($('.govuk-error-summary a'))).toBe('Ni all y dyddiad fod cyn i\'r plentyn gael ei atgyfeirio');
    expect($('.govuk-error-summary a')?.getAttribute('href')).toBe('#on');
    expect(text($('#on-error'))).toContain('Ni all y dyddiad fod cyn');
    expect(document.title.startsWith('Gwall: ')).toBe(true);
  });

  it('on a stale version shows the conflict banner, reloads the latest version and keeps the answers to save again', async () => {
    const stale = new ApiProblem({ type: 'about:blank', title: 'Someone else changed this', status: 409, code: 'stale-version', errors: [] });
    const save = vi.fn<() => Promise<void>>().mockRejectedValueOnce(stale).mockResolvedValueOnce(undefined);
    const reload = vi.fn(async () => undefined);
    open({ save, onReload: reload });
    await answer();
    await submit($('form'));
    await submit($('form'));
    expect(text($('#conflict-banner'))).toContain('Someone else has changed this record');
    await click(document.querySelector('#conflict-banner button'));
    await submit($('form'));
    expect(reload).toHaveBeenCalled();
    expect($('#conflict-banner')).toBeNull();
    expect(save).toHaveBeenCalledTimes(2);
    expect(save).toHaveBeenLastCalledWith({ on: '2026-03-02', reachedChild: false });
  });

  it('keeps a draft in this tab, so a person signed out part-way loses nothing', async () => {
    open({ save: async () => undefined });
    await answer();
    mounted?.unmount();
    open({ save: async () => undefined });
    expect(text($('.govuk-inset-text[role="status"]'))).toBe('We have kept what you typed before. Check it and carry on.');
    expect(($('#on-year') as HTMLInputElement).value).toBe('2026');
  });
});
