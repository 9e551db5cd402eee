// A rule parameter's default, in words: "20 working days", "6 o fisoedd", "On",
// or the labels of the codes it lists. Codes are looked up in the domain's code
// lists so they read the same as everywhere else in Cynnig.
import { allCodeLists, type Language } from '@cynnig/domain';
import { audienceLabels } from '@cynnig/rules';
import type { CatalogueParameter, ParameterUnit } from './catalogue-rule';
import { formatNumber } from '../i18n/format';

type Translate = (key: string, options?: Record<string, unknown>) => string;

export function quantity(value: number, unit: ParameterUnit, language: Language, t: Translate): string {
  // English and Welsh both use the singular form for exactly one; Welsh writes the rest as "o + plural".
  const form = Math.abs(value) === 1 ? 'one' : 'other';
  return t(`ruleCatalogue.units.${unit}.${form}`, { count: formatNumber(value, language) });
}

export function codeLabel(code: string, language: Language): string {
  const list = allCodeLists.find((candidate) => candidate.has(code));
  if (list) return list.label(code, language);
  // Who a due item is for ("provider") is named by the rules package, in lower case for use mid-sentence.
  const audience = audienceLabels[code]?.[language];
  return audience ? audience.charAt(0).toLocaleUpperCase() + audience.slice(1) : code;
}

export function describeDefault(parameter: CatalogueParameter, language: Language, t: Translate): string {
  switch (parameter.type) {
    case 'integer':
      return quantity(parameter.default, parameter.unit, language, t);
    case 'boolean':
      return t(parameter.default ? 'ruleCatalogue.on' : 'ruleCatalogue.off');
    case 'choice':
      return codeLabel(parameter.default, language);
    case 'choice-list':
      return parameter.default.map((code) => codeLabel(code, language)).join('; ');
  }
}
