// Keeps what someone has typed into a form in this browser tab (sessionStorage),
// so that if their session times out they lose nothing: the draft comes back
// when they return to the form and is thrown away once the form is submitted.
// sessionStorage ends with the tab, so a child's details never outlive it.
import { useEffect, useState } from 'react';
import type { FieldValues, UseFormReturn } from 'react-hook-form';

export const draftKeyPrefix = 'cynnig.draft.';

export interface DraftOptions {
  /** Defaults to window.sessionStorage; tests pass their own. */
  readonly storage?: Storage | null;
  /** Fields never written to storage, such as a password. */
  readonly omit?: readonly string[];
}

function defaultStorage(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.sessionStorage;
  } catch {
    return null; // storage can be switched off by policy; forms still work without drafts
  }
}

export function readDraft<T>(formId: string, storage: Storage | null): T | null {
  const text = storage?.getItem(draftKeyPrefix + formId);
  if (!text) return null;
  try {
    return JSON.parse(text) as T;
  } catch {
    return null;
  }
}

export function useDraft<T extends FieldValues, Context, Output extends FieldValues>(formId: string, form: UseFormReturn<T, Context, Output>, options: DraftOptions = {}) {
  const storage = options.storage === undefined ? defaultStorage() : options.storage;
  const omitted = (options.omit ?? []).join('\u0000');
  const [restored, setRestored] = useState(false);

  useEffect(() => {
    const draft = readDraft<T>(formId, storage);
    if (draft) {
      form.reset(draft, { keepDefaultValues: true });
      setRestored(true);
    }
    const omit = omitted ? omitted.split('\u0000') : [];
    const subscription = form.watch((values) => {
      const kept = Object.fromEntries(Object.entries(values).filter(([name]) => !omit.includes(name)));
      try {
        storage?.setItem(draftKeyPrefix + formId, JSON.stringify(kept));
      } catch {
        // A full or blocked storage must never stop someone filling in a form.
      }
    });
    return () => subscription.unsubscribe();
  }, [formId, form, storage, omitted]);

  return {
    /** True when the form was filled from a saved draft, so the page can say so. */
    restored,
    clear: () => storage?.removeItem(draftKeyPrefix + formId),
  };
}
