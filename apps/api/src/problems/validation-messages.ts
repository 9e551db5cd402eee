// Turns zod issues into field problems in English and Welsh that name the field and say how to
// put it right ("Enter the date of birth" / "Rhowch ddyddiad geni"). A domain schema's own
// English message, written for users, is kept and given its Welsh; otherwise both languages are
// composed from the field's name (field-names.ts) and what is wrong with the value.
import type { Bilingual } from '@cynnig/domain';
import type { z } from 'zod';
import { fieldNameOf, type FieldName } from './field-names.js';
import type { FieldProblem } from './problem-error.js';

/** The messages the domain and request schemas write for users, in Welsh. A message missing here falls back to the composed one. */
export const domainMessagesInWelsh: Readonly<Record<string, string>> = {
  'Case reference can only contain letters, numbers, slashes, hyphens and underscores': 'Dim ond llythrennau, rhifau, slaesau, cysylltnodau a thanlinellau all fod mewn cyfeirnod achos',
  'Case reference must be 40 characters or fewer': 'Rhaid i gyfeirnod achos fod yn 40 nod neu lai',
  'Choose at least one action': 'Dewiswch o leiaf un cam gweithredu',
  'Choose at least one format': 'Dewiswch o leiaf un fformat',
  'Choose the advocacy provider this person works for': 'Dewiswch y darparwr eiriolaeth y mae\'r person hwn yn gweithio iddo',
  'Choose the authority this person works for': 'Dewiswch yr awdurdod y mae\'r person hwn yn gweithio iddo',
  'Enter a Welsh council GSS code such as W06000015': 'Rhowch god GSS cyngor yng Nghymru, fel W06000015',
  'Enter a real date in the form YYYY-MM-DD': 'Rhowch ddyddiad go iawn ar y ffurf BBBB-MM-DD',
  'Enter an email address in the correct format, like name@example.gov.wales': 'Rhowch gyfeiriad e-bost yn y fformat cywir, fel enw@example.gov.wales',
  'Enter the case reference': 'Rhowch y cyfeirnod achos',
  "Enter the child's first name": 'Rhowch enw cyntaf y plentyn',
  "Enter the child's last name": 'Rhowch gyfenw\'r plentyn',
  "Enter the person's name": 'Rhowch enw\'r person',
  'Enter the response': 'Rhowch yr ymateb',
  'Enter the update': 'Rhowch y diweddariad',
  'Give both the end date and the reason the entitlement ended, or neither': 'Rhowch y dyddiad gorffen a\'r rheswm y daeth yr hawl i ben, neu ddim un o\'r ddau',
  'Record at least one attempt': 'Cofnodwch o leiaf un ymdrech',
  'Say where the child was found or returned to': 'Dywedwch ble y cafwyd hyd i\'r plentyn neu i ble y dychwelodd',
  'Say who reported the child missing': 'Dywedwch pwy a roddodd wybod bod y plentyn ar goll',
  'Say who the concern was escalated to': 'Dywedwch at bwy y cafodd y pryder ei uwchgyfeirio',
  'Say why the child cannot give permission': 'Dywedwch pam na all y plentyn roi caniatâd',
  'The end date must be the same as or after the start date': 'Rhaid i\'r dyddiad gorffen fod yr un fath â\'r dyddiad dechrau neu ar ei ôl',
  'The return must be after the child went missing': 'Rhaid i\'r dychwelyd fod ar ôl i\'r plentyn fynd ar goll',
  'Choose a role in your authority': 'Dewiswch rôl yn eich awdurdod',
  'Say what to change: the name, the email address, the role or whether the account is active': 'Dywedwch beth i\'w newid: yr enw, y cyfeiriad e-bost, y rôl neu a yw\'r cyfrif yn weithredol',
  'Use at least 12 characters for the password': 'Defnyddiwch o leiaf 12 nod ar gyfer y cyfrinair',
  'Enter your email address': 'Rhowch eich cyfeiriad e-bost',
  'Enter your password': 'Rhowch eich cyfrinair',
};

/** Zod's own wording is technical ("Invalid input: expected string"); a domain message is not. */
function isZodDefaultMessage(message: string): boolean {
  return /^(Invalid|Too (small|big)|Unrecognized key|Expected|Required)/.test(message);
}

const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
type Issue = z.core.$ZodIssue;

/** What is wrong, for this field, in both languages. */
function composed(issue: Issue, field: FieldName): Bilingual {
  const f = field;
  // "Enter the review date", but "Enter what the child knows about advocacy"
  const the = /^(whether|what|who|how|where|when|which|why) /.test(f.en) ? f.en : `the ${f.en}`;
  switch (issue.code) {
    case 'invalid_type':
      // a yes-or-no question says so, answered wrongly or not at all
      if (issue.expected === 'boolean') return { en: `Answer yes or no for ${the}`, cy: `Atebwch ie neu na ar gyfer ${f.cy}` };
      // zod reports no input by default: its own message says when nothing was sent
      if (issue.input === undefined && /received undefined/.test(issue.message)) return { en: `Enter ${the}`, cy: `Rhowch ${f.cyMutated}` };
      if (issue.expected === 'number' || issue.expected === 'int') return { en: `Enter ${the} as a number`, cy: `Rhowch ${f.cyMutated} fel rhif` };
      if (issue.expected === 'array') return { en: `Choose ${the} as a list`, cy: `Dewiswch ${f.cyMutated} fel rhestr` };
      return f.example ?? { en: `Enter ${the} as text`, cy: `Rhowch ${f.cyMutated} fel testun` };
    case 'invalid_format':
      return f.example ?? { en: `Enter ${the} in the right format`, cy: `Rhowch ${f.cyMutated} yn y fformat cywir` };
    case 'invalid_value': {
      const options = issue.values.length > 0 && issue.values.length <= 12 ? issue.values.map(String).join(', ') : null;
      return options
        ? { en: `Choose ${the} from: ${options}`, cy: `Dewiswch ${f.cyMutated} o blith: ${options}` }
        : { en: `Choose one of the allowed values for ${the}`, cy: `Dewiswch un o'r gwerthoedd a ganiateir ar gyfer ${f.cy}` };
    }
    case 'invalid_union':
      return { en: `Choose ${the} from the ones this record takes`, cy: `Dewiswch ${f.cyMutated} o'r rhai y mae'r cofnod hwn yn eu derbyn` };
    case 'too_small': {
      const n = Number(issue.minimum);
      if (issue.origin === 'string') return n <= 1 ? { en: `Enter ${the}`, cy: `Rhowch ${f.cyMutated}` } : { en: `${capital(f.en)} must be at least ${n} characters`, cy: `Rhaid i ${f.cyMutated} fod o leiaf ${n} nod` };
      if (issue.origin === 'array' || issue.origin === 'set') return { en: `Choose at least ${n} for ${the}`, cy: `Dewiswch o leiaf ${n} ar gyfer ${f.cy}` };
      return { en: `${capital(f.en)} must be ${n} or more`, cy: `Rhaid i ${f.cyMutated} fod yn ${n} neu fwy` };
    }
    case 'too_big': {
      const n = Number(issue.maximum);
      if (issue.origin === 'string') return { en: `${capital(f.en)} must be ${n} characters or fewer`, cy: `Rhaid i ${f.cyMutated} fod yn ${n} nod neu lai` };
      if (issue.origin === 'array' || issue.origin === 'set') return { en: `Choose no more than ${n} for ${the}`, cy: `Dewiswch ddim mwy na ${n} ar gyfer ${f.cy}` };
      return { en: `${capital(f.en)} must be ${n} or less`, cy: `Rhaid i ${f.cyMutated} fod yn ${n} neu lai` };
    }
    case 'not_multiple_of':
      return { en: `${capital(f.en)} must be a multiple of ${String(issue.divisor)}`, cy: `Rhaid i ${f.cyMutated} fod yn lluosrif o ${String(issue.divisor)}` };
    case 'unrecognized_keys': {
      const keys = issue.keys.map((key) => `"${key}"`).join(', ');
      return { en: `Remove ${keys}: this form does not take ${issue.keys.length === 1 ? 'that field' : 'those fields'}`, cy: `Tynnwch ${keys}: nid yw'r ffurflen hon yn derbyn ${issue.keys.length === 1 ? 'y maes hwnnw' : 'y meysydd hynny'}` };
    }
    default:
      return f.example ?? { en: `Check ${the}`, cy: `Gwiriwch ${f.cy}` };
  }
}

/** Domain messages about a value's form that do not name the field: the field's own example, which does, is used instead. */
const formMessages = new Set(['Enter a real date in the form YYYY-MM-DD', 'Enter a Welsh council GSS code such as W06000015', 'Enter an email address in the correct format, like name@example.gov.wales']);

/** One bilingual message for one issue: the domain's words where it has them, else composed for the field. */
export function validationMessage(issue: Issue, path: readonly (string | number)[]): Bilingual {
  const field = fieldNameOf(path);
  if (field.example && formMessages.has(issue.message)) return field.example;
  const own = isZodDefaultMessage(issue.message) ? null : issue.message;
  const fallback = composed(issue, field);
  if (own === null) return fallback;
  return { en: own, cy: domainMessagesInWelsh[own] ?? fallback.cy };
}

/** One field problem per issue, with the path kept as zod gives it. */
export function fieldProblemsFromZod(error: z.ZodError, prefix: (string | number)[] = []): FieldProblem[] {
  return error.issues.slice(0, 50).map((issue) => {
    const path = [...prefix, ...issue.path.map((part) => (typeof part === 'symbol' ? String(part) : part))];
    return { path, message: validationMessage(issue, path) };
  });
}
