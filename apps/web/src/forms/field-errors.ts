// react-hook-form keeps errors as a tree shaped like the form; the error summary
// and the page title need them as a flat list in the order the questions appear.
import type { FieldErrors, FieldValues } from 'react-hook-form';

export interface FlatFieldError {
  readonly field: string;
  readonly message: string;
  /** "server" for messages the API wrote (already translated); otherwise a zod issue code. */
  readonly type: string;
}

function isLeaf(value: unknown): value is { message?: unknown; type?: unknown } {
  return typeof value === 'object' && value !== null && 'type' in value && typeof (value as { type: unknown }).type === 'string';
}

/** Depth-first, in the order the resolver reported them (the schema's field order). */
export function flattenFieldErrors<T extends FieldValues>(errors: FieldErrors<T>, prefix = ''): FlatFieldError[] {
  const flat: FlatFieldError[] = [];
  for (const [key, value] of Object.entries(errors)) {
    if (key === 'root' && prefix === '') continue;
    const field = prefix ? `${prefix}.${key}` : key;
    if (isLeaf(value) && typeof value.message === 'string' && value.message !== '') {
      flat.push({ field, message: value.message, type: value.type as string });
    } else if (typeof value === 'object' && value !== null) {
      flat.push(...flattenFieldErrors(value as FieldErrors, field));
    }
  }
  return flat;
}

/**
 * Messages from the forms app's own schemas are translation keys; messages from the
 * API already speak the user's language. A domain schema's English sentence that has
 * no key is shown as it is rather than hidden.
 */
export function messageText(error: { message: string; type: string }, translate: (key: string) => string): string {
  return error.type === 'server' ? error.message : translate(error.message);
}
