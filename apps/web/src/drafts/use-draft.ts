// Keeps what someone has typed into a form in this browser tab (sessionStorage),
// so that if their session times out they lose nothing: the draft comes back
// when they return to the form and is thrown away once the form is submitted.
// sessionStorage ends with the tab, so a child's details never outlive it.
// Drafts belong to the person who typed them: each is kept under their user id, and
// whoever signs in next in the tab finds only their own (see keepOnlyDraftsOf).
import { useEffect, useState } from 'react';
import type { FieldValues, UseFormReturn } from 'react-hook-form';

export const draftKeyPrefix = 'cynnig.draft.';

export interface DraftOptions {
  /** The signed-in person's id; with none, nothing is kept (there is nobody to give it back to). */
  readonly owner: string | null;
  /** Defaults to window.sessionStorage; tests pass their own. */
  readonly storage?: Storage | null;
  /** Fields never written to storage, such as a password. */
  readonly omit?: readonly string[];
}

export function defaultDraftStorage(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.sessionStorage;
  } catch {
    return null; // storage can be switched off by policy; forms still work without drafts
  }
}

/** Where one person's draft of one form is kept. */
export function draftKey(owner: string, formId: string): string {
  return `${draftKeyPrefix}${owner}.${formId}`;
}

function draftKeys(storage: Storage): string[] {
  const keys: string[] = [];
  for (let index = 0; index < storage.length; index += 1) {
    const key = storage.key(index);
    if (key?.startsWith(draftKeyPrefix)) keys.push(key);
  }
  return keys;
}

/**
 * Throws away every draft but `owner`'s. Called when someone signs in: after a session times
 * out, the next person at the same tab must not see what the last one typed about a child.
 */
export function keepOnlyDraftsOf(owner: string, storage: Storage | null = defaultDraftStorage()): void {
  if (!storage) return;
  for (const key of draftKeys(storage)) if (!key.startsWith(`${draftKeyPrefix}${owner}.`)) storage.removeItem(key);
}

/** Throws away every draft in the tab (signing out). */
export function clearAllDrafts(storage: Storage | null = defaultDraftStorage()): void {
  if (!storage) return;
  for (const key of draftKeys(storage)) storage.removeItem(key);
}

export function readDraft<T>(owner: string, formId: string, storage: Storage | null): T | null {
  const text = storage?.getItem(draftKey(owner, formId));
  if (!text) return null;
  try {
    return JSON.parse(text) as T;
  } catch {
    return null;
  }
}

export function useDraft<T extends FieldValues, Context, Output extends FieldValues>(formId: string, form: UseFormReturn<T, Context, Output>, options: DraftOptions) {
  const storage = options.owner === null ? null : options.storage === undefined ? defaultDraftStorage() : options.storage;
  const owner = options.owner ?? '';
  const omitted = (options.omit ?? []).join('\u0000');
  const [restored, setRestored] = useState(false);

  useEffect(() => {
    const draft = readDraft<T>(owner, formId, storage);
    if (draft) {
      form.reset(draft, { keepDefaultValues: true });
      setRestored(true);
    }
    const omit = omitted ? omitted.split('\u0000') : [];
    const subscription = form.watch((values) => {
      const kept = Object.fromEntries(Object.entries(values).filter(([name]) => !omit.includes(name)));
      try {
        storage?.setItem(draftKey(owner, formId), JSON.stringify(kept));
      } catch {
        // A full or blocked storage must never stop someone filling in a form.
      }
    });
    return () => subscription.unsubscribe();
  }, [owner, formId, form, storage, omitted]);

  return {
    /** True when the form was filled from a saved draft, so the page can say so. */
    restored,
    clear: () => storage?.removeItem(draftKey(owner, formId)),
  };
}
