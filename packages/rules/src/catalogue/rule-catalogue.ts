// The rule catalogue: every rule with its plain-language condition, consequence, parameters,
// defaults and basis, in English and Welsh. The forms app shows `ruleCatalogue`; CATALOGUE.md and
// CATALOGUE.cy.md are rendered from the same data by `pnpm --filter @cynnig/rules catalogue`.
import { severities, type Bilingual, type Language } from '@cynnig/domain';
import { audienceLabels, dueItemKindLabels } from '../due-items/due-item-kinds.js';
import { conditionTreeInWords, factInWords, valueInWords } from '../explain/condition-words.js';
import { ruleBook } from '../rule-book/default-rule-book.js';
import type { Rule } from '../rule-book/rule-book.js';
import { ruleSetNames, type ParameterDefinition, type ParameterValue, type RuleSetName } from '../rule-book/rule-file-schema.js';

export const ruleSetTitles: Record<RuleSetName, Bilingual> = {
  'initial-offer': { en: 'Initial Active Offer', cy: 'Y cynnig gweithredol cyntaf' },
  reoffer: { en: 'Re-offer triggers', cy: 'Sbardunau ail-gynnig' },
  'iro-oversight': { en: 'IRO and team manager oversight', cy: 'Goruchwyliaeth y SAA a\'r rheolwr tîm' },
  'return-home-conversation': { en: 'Return home conversation', cy: 'Sgwrs dychwelyd adref' },
};

const basisKinds: Record<Rule['basis']['kind'], Bilingual> = {
  regulation: { en: 'Legislation', cy: 'Deddfwriaeth' },
  guidance: { en: 'Guidance', cy: 'Canllawiau' },
  'local-policy': { en: 'Local policy', cy: 'Polisi lleol' },
};

const unitWords: Record<string, Bilingual> = {
  'working-days': { en: 'working days', cy: 'diwrnod gwaith' },
  days: { en: 'days', cy: 'diwrnod' },
  months: { en: 'months', cy: 'mis' },
  hours: { en: 'hours', cy: 'awr' },
  years: { en: 'years', cy: 'oed' },
  count: { en: '', cy: '' },
  km: { en: 'km', cy: 'km' },
};

/** One parameter as the catalogue shows it. */
export interface CatalogueParameter {
  readonly name: string;
  readonly type: ParameterDefinition['type'];
  readonly default: ParameterValue;
  readonly defaultInWords: Bilingual;
  readonly allowed: Bilingual;
  readonly description: Bilingual;
}

/** One rule as the catalogue shows it. */
export interface CatalogueEntry {
  readonly id: string;
  readonly version: number;
  readonly set: RuleSetName;
  readonly setTitle: Bilingual;
  readonly scope: Rule['scope'];
  readonly enabledByDefault: boolean;
  readonly title: Bilingual;
  readonly explanation: Bilingual;
  readonly basis: { readonly kind: Rule['basis']['kind']; readonly kindLabel: Bilingual; readonly citation: Bilingual };
  /** The condition as Markdown bullets ("- ..."), one line each. */
  readonly condition: Bilingual;
  readonly consequence: Bilingual;
  readonly parameters: readonly CatalogueParameter[];
  readonly file: string;
}

const both = (make: (language: Language) => string): Bilingual => ({ en: make('en'), cy: make('cy') });

function parameterFor(name: string, definition: ParameterDefinition): CatalogueParameter {
  const unit = definition.type === 'integer' ? unitWords[definition.unit] ?? { en: '', cy: '' } : { en: '', cy: '' };
  const withUnit = (value: ParameterValue, language: Language) => `${valueInWords(value, language)}${unit[language] ? ` ${unit[language]}` : ''}`;
  return {
    name,
    type: definition.type,
    default: definition.default,
    defaultInWords: both((l) => withUnit(definition.default, l)),
    allowed: both((l) => {
      if (definition.type === 'integer') return l === 'en' ? `${definition.min} to ${definition.max}` : `${definition.min} i ${definition.max}`;
      if (definition.type === 'boolean') return l === 'en' ? 'yes or no' : 'ie neu na';
      return definition.type === 'choice' ? (l === 'en' ? `one of: ${definition.options.join(', ')}` : `un o: ${definition.options.join(', ')}`) : (l === 'en' ? `one or more of: ${definition.options.join(', ')}` : `un neu fwy o: ${definition.options.join(', ')}`);
    }),
    description: definition.description,
  };
}

function consequenceOf(rule: Rule, language: Language): string {
  const event = rule.event.params;
  const kind = dueItemKindLabels[event.kind]?.[language] ?? event.kind;
  const audience = Array.isArray(event.audience) ? event.audience.map((a) => audienceLabels[a]?.[language] ?? a).join(', ') : `«${event.audience.param}»`;
  const due = factInWords('dateOf', event.dueOn as Record<string, unknown>, language);
  const severity = severities.label(event.severity, language);
  const overdue = event.overdueSeverity ? severities.label(event.overdueSeverity, language) : null;
  const published = (event.publishes ?? []).map((name) => factInWords(name, undefined, language));
  if (language === 'en') {
    let text = `Makes a due item "${kind}" for: ${audience}. Due on ${due}. Severity: ${severity.toLowerCase()}${overdue && overdue !== severity ? `, then ${overdue.toLowerCase()} once the date has passed` : ''}.`;
    if (published.length) text += ` For the rules that run after it, it sets: ${published.join('; ')}.`;
    return text;
  }
  let text = `Yn creu eitem ddyledus "${kind}" ar gyfer: ${audience}. Yn ddyledus ar ${due}. Difrifoldeb: ${severity.toLowerCase()}${overdue && overdue !== severity ? `, yna ${overdue.toLowerCase()} unwaith y bydd y dyddiad wedi mynd heibio` : ''}.`;
  if (published.length) text += ` Ar gyfer y rheolau sy'n rhedeg ar ei ôl, mae'n gosod: ${published.join('; ')}.`;
  return text;
}

function entryFor(rule: Rule): CatalogueEntry {
  return {
    id: rule.id,
    version: rule.version,
    set: rule.set,
    setTitle: ruleSetTitles[rule.set],
    scope: rule.scope,
    enabledByDefault: rule.enabledByDefault,
    title: rule.title,
    explanation: rule.explanation,
    basis: { kind: rule.basis.kind, kindLabel: basisKinds[rule.basis.kind], citation: rule.basis.citation },
    condition: both((l) => conditionTreeInWords(rule.conditions, l).join('\n')),
    consequence: both((l) => consequenceOf(rule, l)),
    parameters: Object.entries(rule.parameters).map(([name, definition]) => parameterFor(name, definition)),
    file: rule.file,
  };
}

/** Every rule in catalogue order, for the forms app and the Markdown catalogue. */
export const ruleCatalogue: readonly CatalogueEntry[] = [...ruleBook]
  .sort((a, b) => ruleSetNames.indexOf(a.set) - ruleSetNames.indexOf(b.set) || (a.id < b.id ? -1 : 1))
  .map(entryFor);

const pageWords = {
  heading: { en: 'Cynnig rule catalogue', cy: 'Catalog rheolau Cynnig' },
  generated: {
    en: 'Generated from the rule files in `src/rule-files` by `pnpm --filter @cynnig/rules catalogue`; do not edit by hand. Each rule is on by default and an authority can switch it off or change its parameters. Cymraeg: [CATALOGUE.cy.md](CATALOGUE.cy.md).',
    cy: 'Wedi\'i gynhyrchu o\'r ffeiliau rheolau yn `src/rule-files` gan `pnpm --filter @cynnig/rules catalogue`; peidiwch â\'i olygu â llaw. Mae pob rheol ymlaen yn ddiofyn a gall awdurdod ei diffodd neu newid ei pharamedrau. English: [CATALOGUE.md](CATALOGUE.md).',
  },
  when: { en: 'When it applies (all of these):', cy: 'Pryd mae\'n berthnasol (pob un o\'r rhain):' },
  what: { en: 'What it does:', cy: 'Beth mae\'n ei wneud:' },
  basis: { en: 'Basis:', cy: 'Sail:' },
  scope: { en: 'Runs once for each returned missing episode.', cy: 'Yn rhedeg unwaith ar gyfer pob cyfnod ar goll y daeth y plentyn yn ôl ohono.' },
  parameters: { en: 'Parameters', cy: 'Paramedrau' },
  noParameters: { en: 'No parameters.', cy: 'Dim paramedrau.' },
  table: { en: '| Parameter | Default | Allowed | Meaning |', cy: '| Paramedr | Diofyn | Caniateir | Ystyr |' },
  version: { en: 'version', cy: 'fersiwn' },
  contents: { en: 'Contents', cy: 'Cynnwys' },
  rules: { en: 'rules', cy: 'rheol' },
};

/** The catalogue as a Markdown page in one language. */
export function renderCatalogueMarkdown(language: Language, entries: readonly CatalogueEntry[] = ruleCatalogue): string {
  const w = (key: keyof typeof pageWords) => pageWords[key][language];
  const lines = [`# ${w('heading')}`, '', w('generated'), '', `## ${w('contents')}`, ''];
  for (const set of ruleSetNames) lines.push(`- ${ruleSetTitles[set][language]} (${entries.filter((e) => e.set === set).length} ${w('rules')})`);
  for (const set of ruleSetNames) {
    lines.push('', `## ${ruleSetTitles[set][language]}`);
    for (const entry of entries.filter((e) => e.set === set)) {
      lines.push('', `### ${entry.title[language]}`, '', `\`${entry.id}\`, ${w('version')} ${entry.version}`, '', entry.explanation[language], '');
      if (entry.scope === 'missing-episode') lines.push(w('scope'), '');
      lines.push(`**${w('when')}**`, '', entry.condition[language], '', `**${w('what')}** ${entry.consequence[language]}`, '', `**${w('basis')}** ${entry.basis.kindLabel[language]}: ${entry.basis.citation[language]}`, '');
      if (entry.parameters.length === 0) lines.push(w('noParameters'));
      else {
        lines.push(`**${w('parameters')}**`, '', w('table'), '|---|---|---|---|');
        for (const p of entry.parameters) lines.push(`| \`${p.name}\` | ${p.defaultInWords[language]} | ${p.allowed[language]} | ${p.description[language]} |`);
      }
    }
  }
  return `${lines.join('\n')}\n`;
}
