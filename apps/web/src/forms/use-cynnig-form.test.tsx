import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiProblem } from '../api/problem';
import { draftKey } from '../drafts/use-draft';
import { ExampleForm, exampleOwner } from '../test-support/example-form';
import { click, mount, submit, text, typeInto, type Mounted } from '../test-support/render';

let mounted: Mounted | null = null;
beforeEach(() => sessionStorage.clear());
afterEach(() => {
  mounted?.unmount();
  mounted = null;
});

const $ = (selector: string) => document.querySelector(selector);
const problem = (status: number, errors: { path: string; message: string }[] = []) =>
  new ApiProblem({ type: 'about:blank', title: 'Mae problem wedi codi', status, code: 'test', errors, detail: 'Mae’r achos wedi cau' });

describe('a Cynnig form after a failed submit', () => {
  it('shows the error summary in Welsh, focused, with a link to each field in question order', async () => {
    mounted = mount(<ExampleForm save={async () => undefined} />, { language: 'cy' });
    await submit($('form'));
    const summary = $('.govuk-error-summary');
    expect(document.activeElement).toBe(summary);
    expect(text(summary?.querySelector('h2') ?? null)).toBe('Mae problem wedi codi');
    const links = [...(summary?.querySelectorAll('a') ?? [])].map((link) => [link.getAttribute('href'), text(link)]);
    expect(links).toEqual([
      ['#caseReference', 'Rhowch eich cyfeiriad e-bost'],
      ['#offeredOn', 'Rhowch y dyddiad'],
      ['#outcome', "Aeth rhywbeth o'i le. Rhowch gynnig arall arni."],
    ]);
    // Each link lands on a real input: the text box, the day box, the first radio.
    for (const [href] of links) expect(document.querySelector(href as string)).toBeInstanceOf(HTMLInputElement);
  });

  it('puts "Gwall: " / "Error: " before the page title and a hidden prefix before each inline message', async () => {
    mounted = mount(<ExampleForm save={async () => undefined} />, { language: 'cy' });
    expect(document.title).toBe('Example - Cynnig');
    await submit($('form'));
    expect(document.title).toBe('Gwall: Example - Cynnig');
    expect(text($('#caseReference-error'))).toBe('Gwall: Rhowch eich cyfeiriad e-bost');
    expect($('#caseReference')?.getAttribute('aria-describedby')).toContain('caseReference-error');
  });

  it('explains exactly what is wrong with a date', async () => {
    mounted = mount(<ExampleForm save={async () => undefined} />);
    typeInto($('#offeredOn'), '31');
    typeInto($('#offeredOn-month'), '4');
    typeInto($('#offeredOn-year'), '2025');
    await submit($('form'));
    expect(text($('#offeredOn-error'))).toBe('Error: The date must be a real date');
    typeInto($('#offeredOn-year'), '');
    await submit($('form'));
    expect(text($('#offeredOn-error'))).toBe('Error: The date must include a year');
  });

  it('does not check answers as the user moves between fields, only when they submit', async () => {
    mounted = mount(<ExampleForm save={async () => undefined} />);
    const box = $('#caseReference') as HTMLInputElement;
    box.focus();
    typeInto(box, '');
    box.blur();
    await click($('#offeredOn'));
    expect($('.govuk-error-summary')).toBeNull();
    expect($('#caseReference-error')).toBeNull();
  });

  it('hands the journey a YYYY-MM-DD date and the chosen code', async () => {
    const save = vi.fn(async () => undefined);
    mounted = mount(<ExampleForm save={save} />);
    typeInto($('#caseReference'), 'CR/1');
    typeInto($('#offeredOn'), '5');
    typeInto($('#offeredOn-month'), '11');
    typeInto($('#offeredOn-year'), '2025');
    await click($('#outcome-2'));
    await submit($('form'));
    expect(save).toHaveBeenCalledWith({ caseReference: 'CR/1', offeredOn: '2025-11-05', outcome: 'declined' });
    expect($('#saved')).not.toBeNull();
  });
});

describe('a Cynnig form when the API refuses', () => {
  async function fillAndSubmit() {
    typeInto($('#caseReference'), 'CR/1');
    typeInto($('#offeredOn'), '5');
    typeInto($('#offeredOn-month'), '11');
    typeInto($('#offeredOn-year'), '2025');
    await click($('#outcome'));
    await submit($('form'));
  }

  it('shows the API’s field messages beside the fields and in the summary', async () => {
    mounted = mount(<ExampleForm save={async () => Promise.reject(problem(422, [{ path: '/offeredOn', message: 'Ni all y cynnig fod cyn yr atgyfeiriad' }]))} />, { language: 'cy' });
    await fillAndSubmit();
    expect(text($('#offeredOn-error'))).toBe('Gwall: Ni all y cynnig fod cyn yr atgyfeiriad');
    expect(text($('.govuk-error-summary a'))).toBe('Ni all y cynnig fod cyn yr atgyfeiriad');
  });

  it('shows a problem with no field as a summary line without a link', async () => {
    mounted = mount(<ExampleForm save={async () => Promise.reject(problem(422))} />, { language: 'cy' });
    await fillAndSubmit();
    expect(text($('.govuk-error-summary__list'))).toBe('Mae’r achos wedi cau');
    expect($('.govuk-error-summary__list a')).toBeNull();
  });

  it('on a conflict, says someone else changed the record and offers to reload, in the user’s language', async () => {
    mounted = mount(<ExampleForm save={async () => Promise.reject(problem(409))} />, { language: 'cy' });
    await fillAndSubmit();
    expect(text($('#conflict-banner'))).toContain('Mae rhywun arall wedi newid y cofnod hwn');
    expect(text($('#conflict-banner button'))).toBe("Llwytho'r fersiwn ddiweddaraf");
    expect(document.activeElement).toBe($('#conflict-banner'));
  });
});

describe('drafts kept while a session times out', () => {
  it('keeps what was typed, brings it back on return, and throws it away after a successful submit', async () => {
    const signedOut = vi.fn();
    let failWith: unknown = problem(401);
    const save = async () => {
      if (failWith) throw failWith;
    };
    mounted = mount(<ExampleForm save={save} onSignedOut={signedOut} />);
    typeInto($('#caseReference'), 'CR/42');
    typeInto($('#offeredOn'), '5');
    expect(JSON.parse(sessionStorage.getItem(draftKey(exampleOwner, 'example')) ?? '{}')).toMatchObject({ caseReference: 'CR/42', offeredOn: { day: '5' } });

    typeInto($('#offeredOn-month'), '11');
    typeInto($('#offeredOn-year'), '2025');
    await click($('#outcome'));
    await submit($('form'));
    expect(signedOut).toHaveBeenCalledOnce();

    // The user signs in again and comes back to the form.
    mounted.unmount();
    mounted = mount(<ExampleForm save={save} onSignedOut={signedOut} />);
    expect(($('#caseReference') as HTMLInputElement).value).toBe('CR/42');
    expect(($('#offeredOn-year') as HTMLInputElement).value).toBe('2025');
    expect(($('#outcome') as HTMLInputElement).checked).toBe(true);

    failWith = null;
    await submit($('form'));
    expect(sessionStorage.getItem(draftKey(exampleOwner, 'example'))).toBeNull();
  });

  it('gives a draft back only to the person who typed it', async () => {
    mounted = mount(<ExampleForm save={async () => undefined} />);
    typeInto($('#caseReference'), 'CR/42');
    mounted.unmount();
    // Someone else signs in at the same tab and opens the same form.
    mounted = mount(<ExampleForm save={async () => undefined} draftOwner="5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d" />);
    expect(($('#caseReference') as HTMLInputElement).value).toBe('');
    mounted.unmount();
    mounted = mount(<ExampleForm save={async () => undefined} />);
    expect(($('#caseReference') as HTMLInputElement).value).toBe('CR/42');
  });

  it('keeps no draft when nobody is signed in', async () => {
    mounted = mount(<ExampleForm save={async () => undefined} draftOwner={null} />);
    typeInto($('#caseReference'), 'CR/42');
    expect(sessionStorage.length).toBe(0);
  });

  it('keeps each form’s draft apart', async () => {
    mounted = mount(<ExampleForm save={async () => undefined} draftId="child-7-offer" />);
    typeInto($('#caseReference'), 'CR/7');
    mounted.unmount();
    mounted = mount(<ExampleForm save={async () => undefined} draftId="child-8-offer" />);
    expect(($('#caseReference') as HTMLInputElement).value).toBe('');
  });
});
