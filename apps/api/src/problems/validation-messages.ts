// Turns zod issues into field problems in English and Welsh. The domain schemas carry
// English messages written for users; Welsh comes from the kind of issue, so a Welsh
// speaker is always told which field is wrong and what kind of value it needs.
import type { Bilingual } from '@cynnig/domain';
import type { z } from 'zod';
import type { FieldProblem } from './problem-error.js';

const welshByIssue: Record<string, string> = {
  invalid_type: 'Rhowch werth o\'r math cywir yn y maes hwn',
  invalid_value: 'Dewiswch un o\'r opsiynau a ganiateir',
  invalid_format: 'Rhowch werth yn y fformat cywir',
  too_small: 'Mae\'r gwerth hwn yn rhy fyr neu\'n rhy fach',
  too_big: 'Mae\'r gwerth hwn yn rhy hir neu\'n rhy fawr',
  unrecognized_keys: 'Mae\'r cais yn cynnwys maes nad oes ei angen',
  invalid_union: 'Nid yw\'r gwerth hwn yn cyfateb i unrhyw ffurf a ganiateir',
  not_multiple_of: 'Nid yw\'r rhif hwn yn werth a ganiateir',
  custom: 'Gwiriwch y gwerth hwn',
};

const englishByIssue: Record<string, string> = {
  invalid_type: 'Enter a value of the right kind in this field',
  invalid_value: 'Choose one of the allowed options',
  invalid_format: 'Enter a value in the correct format',
  too_small: 'This value is too short or too small',
  too_big: 'This value is too long or too large',
  unrecognized_keys: 'The request has a field that is not needed',
  invalid_union: 'This value does not match any allowed form',
  not_multiple_of: 'This number is not an allowed value',
  custom: 'Check this value',
};

/** Zod's own wording is technical ("Invalid input: expected string"); a domain message is not. */
function isZodDefaultMessage(message: string): boolean {
  return /^(Invalid|Too (small|big)|Unrecognized key|Expected|Required)/.test(message);
}

/** One field problem per issue, with the path kept as zod gives it. */
export function fieldProblemsFromZod(error: z.ZodError, prefix: (string | number)[] = []): FieldProblem[] {
  return error.issues.slice(0, 50).map((issue) => {
    const english = isZodDefaultMessage(issue.message) ? (englishByIssue[issue.code] ?? 'Check this value') : issue.message;
    const message: Bilingual = { en: english, cy: welshByIssue[issue.code] ?? 'Gwiriwch y gwerth hwn' };
    return { path: [...prefix, ...issue.path.map((part) => (typeof part === 'symbol' ? String(part) : part))], message };
  });
}
