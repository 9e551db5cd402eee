// Mounts React trees in happy-dom for tests and drives them the way a person
// would: typing into boxes, clicking, submitting. Kept tiny on purpose.
import type { Language } from '@cynnig/domain';
import type { ReactNode } from 'react';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import { createI18n } from '../i18n/i18n';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

export interface Mounted {
  readonly container: HTMLElement;
  readonly location: () => string;
  rerender(node: ReactNode): void;
  unmount(): void;
}

/** Renders inside translations (in the given language) and an in-memory router at `path`. */
export function mount(node: ReactNode, { language = 'en', path = '/' }: { language?: Language; path?: string } = {}): Mounted & { i18n: ReturnType<typeof createI18n> } {
  const i18n = createI18n(language);
  const memory = memoryLocation({ path, record: true });
  const container = document.createElement('div');
  document.body.append(container);
  let root: Root;
  const wrap = (child: ReactNode) => (
    <I18nextProvider i18n={i18n}>
      <Router hook={memory.hook} searchHook={memory.searchHook}>
        {child}
      </Router>
    </I18nextProvider>
  );
  act(() => {
    root = createRoot(container);
    root.render(wrap(node));
  });
  return {
    container,
    i18n,
    location: () => memory.history.at(-1) ?? path,
    rerender: (next) => act(() => root.render(wrap(next))),
    unmount: () => {
      act(() => root.unmount());
      container.remove();
    },
  };
}

/** Types into a text box the way the browser reports it to React (value setter, then an input event). */
export function typeInto(element: Element | null, text: string) {
  if (!(element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement)) throw new Error('typeInto needs an input or textarea');
  const prototype = element instanceof HTMLInputElement ? HTMLInputElement.prototype : HTMLTextAreaElement.prototype;
  const setValue = Object.getOwnPropertyDescriptor(prototype, 'value')?.set;
  act(() => {
    setValue?.call(element, text);
    element.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

export async function click(element: Element | null) {
  if (!(element instanceof HTMLElement)) throw new Error('click needs an element');
  await act(async () => {
    element.click();
  });
}

export async function submit(form: Element | null) {
  if (!(form instanceof HTMLFormElement)) throw new Error('submit needs a form');
  await act(async () => {
    form.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
  });
  // Let react-hook-form's async resolver and the save promise settle.
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
}

export function text(element: Element | null): string {
  return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
}
