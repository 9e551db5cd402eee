// The changes an administrator makes to a person, described once: which field each change
// asks for, how the answer is checked (messages are translation keys), what the API is sent,
// and what the confirmation says was done. An answer that changes nothing is refused, so
// "check your answers" always shows a real change.
import { authorityRoles, type Role } from '@cynnig/domain';
import { z } from 'zod';
import type { AccountStatus, ManagedUser, UserChange } from '../api/administration';

export const personChanges = ['name', 'email', 'role', 'status'] as const;
export type PersonChange = (typeof personChanges)[number];

export function isPersonChange(value: string): value is PersonChange {
  return (personChanges as readonly string[]).includes(value);
}

/** The form field each change asks for: the API's own field name, so its errors land on it. */
export const fieldOf: Record<PersonChange, 'displayName' | 'email' | 'role' | 'active'> = {
  name: 'displayName',
  email: 'email',
  role: 'role',
  status: 'active',
};

/** What the account status question offers: an open account or a closed one. */
export type StatusAnswer = 'active' | 'deactivated';

/** A locked account is still an open one: unlocking is its own action. */
export function statusAnswerOf(status: AccountStatus): StatusAnswer {
  return status === 'deactivated' ? 'deactivated' : 'active';
}

const unchanged = 'people.errors.unchanged';
const chosen = (message: string) => z.preprocess((value) => value ?? '', z.string().min(1, message));

/** The one-question form for a change, checked against the person as they are now. */
export function personChangeSchema(what: PersonChange, person: ManagedUser) {
  switch (what) {
    case 'name':
      return z.object({
        displayName: z
          .string()
          .trim()
          .min(1, 'administration.errors.name')
          .max(120, 'recordForm.errors.tooLong')
          .refine((name) => name !== person.displayName, unchanged),
      });
    case 'email':
      return z.object({
        email: z
          .string()
          .trim()
          .min(1, 'people.errors.emailRequired')
          .max(254, 'recordForm.errors.tooLong')
          .pipe(z.email('signIn.errors.emailFormat'))
          .refine((email) => email.toLowerCase() !== person.email, unchanged),
      });
    case 'role':
      return z.object({
        role: chosen('administration.errors.role')
          .refine((role) => (authorityRoles as readonly string[]).includes(role), 'administration.errors.role')
          .refine((role) => role !== person.role, unchanged),
      });
    case 'status':
      return z.object({
        active: chosen('people.errors.status')
          .refine((answer) => answer === 'active' || answer === 'deactivated', 'people.errors.status')
          .refine((answer) => answer !== statusAnswerOf(person.status), unchanged),
      });
  }
}

export type PersonChangeAnswers = Record<string, string>;

/** The boxes as they start: the person's current value. */
export function currentAnswers(what: PersonChange, person: ManagedUser): PersonChangeAnswers {
  switch (what) {
    case 'name':
      return { displayName: person.displayName };
    case 'email':
      return { email: person.email };
    case 'role':
      return { role: person.role };
    case 'status':
      return { active: statusAnswerOf(person.status) };
  }
}

/** What PATCH /api/v1/users/{id} is sent: the one field, and the version the page read. */
export function changeRequest(what: PersonChange, answers: PersonChangeAnswers, person: ManagedUser): UserChange {
  const answer = answers[fieldOf[what]] ?? '';
  const expectedVersion = person.version;
  switch (what) {
    case 'name':
      return { displayName: answer, expectedVersion };
    case 'email':
      return { email: answer, expectedVersion };
    case 'role':
      return { role: answer as Role, expectedVersion };
    case 'status':
      return { active: answer === 'active', expectedVersion };
  }
}

/** What the confirmation page names: a status change is a deactivation or a reactivation. */
export type PersonOutcome = 'name' | 'email' | 'role' | 'deactivated' | 'reactivated' | 'unlocked';
export const personOutcomes: readonly PersonOutcome[] = ['name', 'email', 'role', 'deactivated', 'reactivated', 'unlocked'];

export function outcomeOf(what: PersonChange, answers: PersonChangeAnswers): PersonOutcome {
  if (what !== 'status') return what;
  return answers['active'] === 'deactivated' ? 'deactivated' : 'reactivated';
}

export function isPersonOutcome(value: string): value is PersonOutcome {
  return (personOutcomes as readonly string[]).includes(value);
}
