// The problems Cynnig can answer with, each with its HTTP status and a title in English and
// Welsh. Codes are stable: the forms app and other systems may rely on them.
import type { Bilingual } from '@cynnig/domain';

export interface ProblemKind {
  readonly status: number;
  readonly title: Bilingual;
}

export const problemCatalogue = {
  'validation-failed': { status: 422, title: { en: 'There is a problem with what was sent', cy: 'Mae problem gyda\'r hyn a anfonwyd' } },
  'malformed-request': { status: 400, title: { en: 'The request could not be read', cy: 'Nid oedd modd darllen y cais' } },
  'not-found': { status: 404, title: { en: 'Page or record not found', cy: 'Heb ddod o hyd i\'r dudalen na\'r cofnod' } },
  'method-not-allowed': { status: 405, title: { en: 'That action is not available here', cy: 'Nid yw\'r weithred honno ar gael yma' } },
  'payload-too-large': { status: 413, title: { en: 'What was sent is too large', cy: 'Mae\'r hyn a anfonwyd yn rhy fawr' } },
  'unsupported-media-type': { status: 415, title: { en: 'Send the details as JSON', cy: 'Anfonwch y manylion fel JSON' } },
  unauthenticated: { status: 401, title: { en: 'Sign in to continue', cy: 'Mewngofnodwch i barhau' } },
  'sign-in-failed': { status: 401, title: { en: 'The email address or password is not right', cy: 'Nid yw\'r cyfeiriad e-bost na\'r cyfrinair yn gywir' } },
  'account-locked': { status: 429, title: { en: 'Too many attempts to sign in', cy: 'Gormod o ymdrechion i fewngofnodi' } },
  forbidden: { status: 403, title: { en: 'You do not have permission to do that', cy: 'Nid oes gennych ganiatâd i wneud hynny' } },
  'csrf-failed': { status: 403, title: { en: 'This form has expired. Go back and try again', cy: 'Mae\'r ffurflen hon wedi dod i ben. Ewch yn ôl a rhowch gynnig arall arni' } },
  'stale-version': {
    status: 409,
    title: { en: 'Someone else changed this record while you were working on it', cy: 'Newidiodd rhywun arall y cofnod hwn tra oeddech yn gweithio arno' },
  },
  'not-allowed-now': { status: 409, title: { en: 'That step is not possible at this stage', cy: 'Nid yw\'r cam hwnnw\'n bosibl ar hyn o bryd' } },
  'idempotency-key-reused': {
    status: 422,
    title: { en: 'This request key was already used for different details', cy: 'Defnyddiwyd allwedd y cais hwn eisoes ar gyfer manylion gwahanol' },
  },
  'internal-error': { status: 500, title: { en: 'Sorry, there is a problem with the service', cy: 'Mae\'n ddrwg gennym, mae problem gyda\'r gwasanaeth' } },
  'service-unavailable': { status: 503, title: { en: 'The service is not ready yet', cy: 'Nid yw\'r gwasanaeth yn barod eto' } },
} as const satisfies Record<string, ProblemKind>;

export type ProblemCode = keyof typeof problemCatalogue;

export function isProblemCode(code: string): code is ProblemCode {
  return Object.hasOwn(problemCatalogue, code);
}
