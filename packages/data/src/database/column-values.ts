// How values are written to columns that look the same on both engines: yes/no as 0 or 1,
// JSON as text, timestamps as UTC ISO text. Reading goes through the same functions.

export function toFlag(value: boolean): 0 | 1 {
  return value ? 1 : 0;
}

export function fromFlag(value: number | string | boolean): boolean {
  return Number(value) === 1 || value === true;
}

export function toJsonText(value: unknown): string {
  return JSON.stringify(value ?? null);
}

export function fromJsonText<T>(text: string | null | undefined, fallback: T): T {
  if (text === null || text === undefined || text === '') return fallback;
  return JSON.parse(text) as T;
}

/** A moment as stored: UTC, millisecond precision, so text order is time order. */
export function toStoredTimestamp(moment: string | Date): string {
  return (moment instanceof Date ? moment : new Date(moment)).toISOString();
}

export function nowTimestamp(): string {
  return new Date().toISOString();
}
