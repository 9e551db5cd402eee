// A person's own settings: for now, the language Cynnig speaks to them in. Stored against the
// account so every page, message and generated document uses it (Welsh Language Standards).
import type { Database } from '@cynnig/data';
import type { Language } from '@cynnig/domain';
import type { Kysely } from 'kysely';

export async function setPreferredLanguage(db: Kysely<Database>, userId: string, language: Language, now: Date): Promise<void> {
  await db.updateTable('users').set({ preferred_language: language, updated_at: now.toISOString() }).where('id', '=', userId).execute();
}
