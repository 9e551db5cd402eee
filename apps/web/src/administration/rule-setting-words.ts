// An authority's setting for a rule in words: on or off, and the parameters it has
// changed from the defaults ("Working days to the first review: 15 working days").
import type { Language } from '@cynnig/domain';
import type { RuleSetting } from '../api/administration';
import type { CatalogueParameter, CatalogueRule } from '../rule-catalogue/catalogue-rule';
import { describeDefault } from '../rule-catalogue/parameter-default';

type Translate = (key: string, options?: Record<string, unknown>) => string;

export function settingInWords(rule: CatalogueRule, setting: RuleSetting | undefined, language: Language, t: Translate): string {
  const enabled = setting?.enabled ?? rule.enabledByDefault;
  const changed = Object.entries(setting?.parameters ?? {})
    .filter(([name]) => rule.parameters[name] !== undefined)
    .map(([name, value]) => {
      const parameter = rule.parameters[name] as CatalogueParameter;
      return `${parameter.description[language]}: ${describeDefault({ ...parameter, default: value } as CatalogueParameter, language, t)}`;
    });
  const state = t(enabled ? 'ruleCatalogue.on' : 'ruleCatalogue.off');
  return changed.length === 0 ? `${state}; ${t('administration.defaults')}` : `${state}; ${changed.join('; ')}`;
}
