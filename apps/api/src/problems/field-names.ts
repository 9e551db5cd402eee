// What each field of Cynnig's forms and requests is called in English and Welsh, so a problem
// names the field in the reader's language. Welsh keeps the soft-mutated form too: it follows
// "Rhowch", "Dewiswch" and "i" ("Rhowch ddyddiad geni"). Field names follow welsh-terms.csv.
import type { Bilingual } from '@cynnig/domain';

export interface FieldName {
  readonly en: string;
  readonly cy: string;
  /** The Welsh after a verb or "i": soft mutation (dyddiad -> ddyddiad, cyfeirnod -> gyfeirnod). */
  readonly cyMutated: string;
  /** How to write a good value, when the field has a form of its own (dates, codes, addresses). */
  readonly example?: Bilingual;
}

type Example = Bilingual | ((field: Omit<FieldName, 'example'>) => Bilingual);

const name = (en: string, cy: string, cyMutated = cy, example?: Example): FieldName => {
  const field = { en, cy, cyMutated };
  return example ? { ...field, example: typeof example === 'function' ? example(field) : example } : field;
};

const dateExample: Example = (f) => ({ en: `Enter a real ${f.en}, for example 2012-03-31`, cy: `Rhowch ${f.cyMutated} go iawn, er enghraifft 2012-03-31` });
const momentExample: Example = (f) => ({ en: `Enter the ${f.en} as a real date and time, for example 2025-04-18T21:30:00Z`, cy: `Rhowch ${f.cyMutated} fel dyddiad ac amser go iawn, er enghraifft 2025-04-18T21:30:00Z` });
const idExample: Bilingual = { en: 'Use the id Cynnig gave the record, for example 1b4e28ba-2fa1-4d3b-a3f5-ef19b5a7633b', cy: 'Defnyddiwch y dynodydd a roddodd Cynnig i\'r cofnod, er enghraifft 1b4e28ba-2fa1-4d3b-a3f5-ef19b5a7633b' };

/** Keyed by the field's last path segment, as the domain schemas and request schemas name it. */
export const fieldNames: Readonly<Record<string, FieldName>> = {
  dateOfBirth: name('date of birth', 'dyddiad geni', 'ddyddiad geni', dateExample),
  on: name('date', 'dyddiad', 'ddyddiad', dateExample),
  date: name('date', 'dyddiad', 'ddyddiad', dateExample),
  start: name('start date', 'dyddiad dechrau', 'ddyddiad dechrau', dateExample),
  end: name('end date', 'dyddiad gorffen', 'ddyddiad gorffen', dateExample),
  heldOn: name('review date', 'dyddiad yr adolygiad', 'ddyddiad yr adolygiad', dateExample),
  occurredOn: name('date of the event', 'dyddiad y digwyddiad', 'ddyddiad y digwyddiad', dateExample),
  respondBy: name('date to respond by', 'dyddiad ymateb', 'ddyddiad ymateb', dateExample),
  dueBy: name('due date', 'dyddiad dyledus', 'ddyddiad dyledus', dateExample),
  from: name('first date', 'dyddiad cyntaf', 'ddyddiad cyntaf', dateExample),
  to: name('last date', 'dyddiad olaf', 'ddyddiad olaf', dateExample),
  at: name('date and time', 'dyddiad ac amser', 'ddyddiad ac amser', momentExample),
  lastSeenAt: name('date and time the child was last seen', 'dyddiad ac amser y gwelwyd y plentyn ddiwethaf', 'ddyddiad ac amser y gwelwyd y plentyn ddiwethaf', momentExample),
  childId: name('child', 'plentyn', 'blentyn', idExample),
  caseId: name('case', 'achos', 'achos', idExample),
  providerId: name('advocacy provider', 'darparwr eiriolaeth', 'ddarparwr eiriolaeth', idExample),
  userId: name('person', 'person', 'berson', idExample),
  ruleId: name('rule', 'rheol', 'reol', { en: 'Use a rule id from the rule catalogue, for example reoffer-after-placement-move', cy: 'Defnyddiwch ddynodydd rheol o gatalog y rheolau, er enghraifft reoffer-after-placement-move' }),
  authorityCode: name('local authority', 'awdurdod lleol', 'awdurdod lleol', { en: 'Enter a Welsh council GSS code such as W06000015', cy: 'Rhowch god GSS cyngor yng Nghymru, fel W06000015' }),
  caseReference: name('case reference', 'cyfeirnod achos', 'gyfeirnod achos'),
  givenName: name('first name', 'enw cyntaf', 'enw cyntaf'),
  familyName: name('last name', 'cyfenw', 'gyfenw'),
  displayName: name('name', 'enw', 'enw'),
  email: name('email address', 'cyfeiriad e-bost', 'gyfeiriad e-bost', { en: 'Enter an email address like name@example.gov.wales', cy: 'Rhowch gyfeiriad e-bost fel enw@example.gov.wales' }),
  password: name('password', 'cyfrinair', 'gyfrinair'),
  role: name('role', 'rôl', 'rôl'),
  active: name('account status', 'statws y cyfrif', 'statws y cyfrif'),
  preferredLanguage: name('preferred language', 'dewis iaith', 'ddewis iaith'),
  language: name('language', 'iaith', 'iaith'),
  legalStatus: name('legal status', 'statws cyfreithiol', 'statws cyfreithiol'),
  event: name('event', 'digwyddiad', 'ddigwyddiad'),
  type: name('kind of event', 'math o ddigwyddiad', 'fath o ddigwyddiad'),
  kind: name('kind', 'math', 'fath'),
  trigger: name('reason for the offer', 'rheswm dros y cynnig', 'reswm dros y cynnig'),
  mode: name('kind of advocacy', 'math o eiriolaeth', 'fath o eiriolaeth'),
  method: name('how the child came back', 'sut y daeth y plentyn yn ôl', 'sut y daeth y plentyn yn ôl'),
  formats: name('formats used', 'fformatau a ddefnyddiwyd', 'fformatau a ddefnyddiwyd'),
  format: name('file format', 'fformat ffeil', 'fformat ffeil'),
  expectedVersion: name('version you read', 'fersiwn a ddarllenoch', 'fersiwn a ddarllenoch', { en: 'Send the version number the record had when you read it, for example 3', cy: 'Anfonwch rif fersiwn y cofnod pan wnaethoch ei ddarllen, er enghraifft 3' }),
  riskGrade: name('risk grade', 'gradd risg', 'radd risg'),
  reportedBy: name('who reported the child missing', 'pwy a roddodd wybod bod y plentyn ar goll', 'pwy a roddodd wybod bod y plentyn ar goll'),
  policeReference: name('police reference', 'cyfeirnod yr heddlu', 'gyfeirnod yr heddlu'),
  whereFound: name('where the child was found', 'ble y cafwyd hyd i\'r plentyn', 'ble y cafwyd hyd i\'r plentyn'),
  whoWith: name('who the child was with', 'gyda phwy yr oedd y plentyn', 'gyda phwy yr oedd y plentyn'),
  offeredBy: name('who offered the conversation', 'pwy a gynigiodd y sgwrs', 'pwy a gynigiodd y sgwrs'),
  heldBy: name('who held the conversation', 'pwy a gynhaliodd y sgwrs', 'pwy a gynhaliodd y sgwrs'),
  findings: name('what the child said', 'yr hyn a ddywedodd y plentyn', 'yr hyn a ddywedodd y plentyn'),
  before: name('what happened before', 'beth ddigwyddodd cyn', 'beth ddigwyddodd cyn'),
  during: name('what happened while away', 'beth ddigwyddodd tra\'r oedd i ffwrdd', 'beth ddigwyddodd tra\'r oedd i ffwrdd'),
  after: name('what happened after', 'beth ddigwyddodd wedyn', 'beth ddigwyddodd wedyn'),
  childsOwnWords: name('the child\'s own words', 'geiriau\'r plentyn ei hun', 'eiriau\'r plentyn ei hun'),
  whatWouldHelp: name('what would help', 'beth fyddai\'n helpu', 'beth fyddai\'n helpu'),
  exploitationIndicators: name('signs of exploitation', 'arwyddion camfanteisio', 'arwyddion camfanteisio'),
  actions: name('actions agreed', 'camau a gytunwyd', 'gamau a gytunwyd'),
  attempts: name('number of attempts', 'nifer yr ymdrechion', 'nifer yr ymdrechion'),
  carersAsked: name('whether carers were asked', 'a ofynnwyd i ofalwyr', 'a ofynnwyd i ofalwyr'),
  carersInformation: name('what the carers said', 'yr hyn a ddywedodd y gofalwyr', 'yr hyn a ddywedodd y gofalwyr'),
  note: name('note', 'nodyn', 'nodyn'),
  reason: name('reason', 'rheswm', 'reswm'),
  description: name('description', 'disgrifiad', 'ddisgrifiad'),
  response: name('response', 'ymateb', 'ymateb'),
  resolution: name('how it was resolved', 'sut y cafodd ei ddatrys', 'sut y cafodd ei ddatrys'),
  stage: name('stage', 'cam', 'gam'),
  action: name('action', 'cam gweithredu', 'gam gweithredu'),
  location: name('location', 'lleoliad', 'leoliad'),
  distanceFromHomeKm: name('distance from home in kilometres', 'pellter o\'r cartref mewn cilometrau', 'bellter o\'r cartref mewn cilometrau'),
  homeHasVisitingAdvocacy: name('whether the home has a visiting advocate', 'a oes gan y cartref eiriolwr sy\'n ymweld', 'a oes gan y cartref eiriolwr sy\'n ymweld'),
  reachedChild: name('whether the advocate reached the child', 'a gyrhaeddodd yr eiriolwr y plentyn', 'a gyrhaeddodd yr eiriolwr y plentyn'),
  spokeToChildPrivately: name('whether you spoke to the child privately', 'a wnaethoch siarad â\'r plentyn yn breifat', 'a wnaethoch siarad â\'r plentyn yn breifat'),
  advocacyFinding: name('what the child knows about advocacy', 'beth mae\'r plentyn yn ei wybod am eiriolaeth', 'beth mae\'r plentyn yn ei wybod am eiriolaeth'),
  satisfactory: name('whether it was satisfactory', 'a oedd yn foddhaol', 'a oedd yn foddhaol'),
  enabled: name('whether the rule is on', 'a yw\'r rheol ar waith', 'a yw\'r rheol ar waith'),
  parameters: name('rule settings', 'gosodiadau\'r rheol', 'osodiadau\'r rheol'),
  limit: name('number of results', 'nifer y canlyniadau', 'nifer y canlyniadau'),
  offset: name('first result', 'canlyniad cyntaf', 'ganlyniad cyntaf'),
  q: name('search', 'chwiliad', 'chwiliad'),
  overdue: name('overdue filter', 'hidlydd hwyr', 'hidlydd hwyr'),
  hasDueItems: name('due items filter', 'hidlydd eitemau dyledus', 'hidlydd eitemau dyledus'),
  period: name('period', 'cyfnod', 'gyfnod', { en: 'Enter a quarter such as 2025-Q2 or a year such as 2025', cy: 'Rhowch chwarter fel 2025-Q2 neu flwyddyn fel 2025' }),
  quarter: name('quarter', 'chwarter', 'chwarter', { en: 'Enter a quarter such as 2025-Q2', cy: 'Rhowch chwarter fel 2025-Q2' }),
  measure: name('measure', 'mesur', 'fesur'),
  groupBy: name('grouping', 'grwpio', 'grwpio'),
  breakdown: name('breakdown', 'dadansoddiad', 'ddadansoddiad'),
  dryRun: name('dry run', 'rhediad prawf', 'rediad prawf'),
  acceptValidRows: name('whether to keep the valid rows', 'a ddylid cadw\'r rhesi dilys', 'a ddylid cadw\'r rhesi dilys'),
  fileType: name('kind of file', 'math o ffeil', 'fath o ffeil'),
};

/** A field with no entry is still named: its key, in quotes, in both languages. */
export function fieldNameOf(path: readonly (string | number)[]): FieldName {
  const key = [...path].reverse().find((part): part is string => typeof part === 'string');
  if (key === undefined) return name('value', 'gwerth', 'werth');
  return fieldNames[key] ?? name(`field "${key}"`, `y maes "${key}"`, `y maes "${key}"`);
}
