// Changes one rule for the administrator's authority: on or off, and each parameter
// within the rule's own limits, with the rule's explanation beside the questions.
// Saved with the version read, so two administrators never overwrite each other.
import type { Language } from '@cynnig/domain';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import type { RuleSetting } from '../api/administration';
import { useCynnigApi } from '../api/use-cynnig-api';
import { useResource } from '../api/use-resource';
import { BackLink } from '../components/back-link/BackLink';
import { codeLabel, quantity } from '../rule-catalogue/parameter-default';
import type { CatalogueRule } from '../rule-catalogue/catalogue-rule';
import { publishedRules } from '../rule-catalogue/published-rules';
import { NotFoundPage } from '../pages/not-found/NotFoundPage';
import type { Answers, Question } from '../record-forms/question';
import { RecordForm } from '../record-forms/RecordForm';
import { savedHref } from '../record-forms/saved-banner';
import { Loaded } from '../shell/Loaded';

export function ruleSettingQuestions(rule: CatalogueRule): Question[] {
  const questions: Question[] = [{ name: 'enabled', kind: 'yes-no', label: 'administration.enabledQuestion' }];
  for (const [name, parameter] of Object.entries(rule.parameters)) {
    const label = `ruleParameter:${rule.id}:${name}`;
    if (parameter.type === 'integer') questions.push({ name: `p_${name}`, kind: 'number', label, hint: `ruleParameterRange:${rule.id}:${name}`, min: parameter.min, max: parameter.max });
    if (parameter.type === 'boolean') questions.push({ name: `p_${name}`, kind: 'yes-no', label });
    if (parameter.type === 'choice') questions.push({ name: `p_${name}`, kind: 'radios', label, options: (l: Language) => parameter.options.map((code) => ({ value: code, label: codeLabel(code, l) })) });
    if (parameter.type === 'choice-list') questions.push({ name: `p_${name}`, kind: 'checkboxes', label, options: (l: Language) => parameter.options.map((code) => ({ value: code, label: codeLabel(code, l) })) });
  }
  return questions;
}

/** The authority's current setting as answers, falling back to the rule's defaults. */
export function initialAnswers(rule: CatalogueRule, setting: RuleSetting | null): Record<string, unknown> {
  const values: Record<string, unknown> = { enabled: (setting?.enabled ?? rule.enabledByDefault) ? 'yes' : 'no' };
  for (const [name, parameter] of Object.entries(rule.parameters)) {
    const value = setting?.parameters?.[name] ?? parameter.default;
    values[`p_${name}`] = parameter.type === 'integer' ? String(value) : parameter.type === 'boolean' ? (value ? 'yes' : 'no') : value;
  }
  return values;
}

export function RuleSettingPage({ ruleId }: { ruleId: string }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const api = useCynnigApi();
  const [, navigate] = useLocation();
  const rule = publishedRules.find((candidate) => candidate.id === ruleId);
  const resource = useResource<RuleSetting | null>(async () => (await api.administration.ruleSettings()).find((setting) => setting.ruleId === ruleId) ?? null, ruleId);
  if (!rule) return <NotFoundPage />;
  // Parameter questions are worded by the rule itself (its bilingual description).
  const translate = (key: string) => {
    const range = /^ruleParameterRange:[^:]+:(.+)$/.exec(key);
    const parameter = range ? rule.parameters[range[1] as string] : undefined;
    if (parameter?.type === 'integer') {
      const words = t('ruleCatalogue.range', { min: quantity(parameter.min, parameter.unit, language, t), max: quantity(parameter.max, parameter.unit, language, t) });
      return words.charAt(0).toLocaleUpperCase() + words.slice(1);
    }
    const match = /^ruleParameter:[^:]+:(.+)$/.exec(key);
    return match ? (rule.parameters[match[1] as string]?.description[language] ?? key) : t(key);
  };
  return (
    <>
      <BackLink href="/administration" />
      <Loaded resource={resource} onTryAgain={() => void resource.reload()}>
        {(setting) => (
          <RecordForm
            formId={`rule-setting.${ruleId}`}
            title={t('administration.changeRule')}
            caption={rule.title[language]}
            questions={ruleSettingQuestions(rule)}
            translateLabel={translate}
            initialValues={initialAnswers(rule, setting)}
            context={<p className="govuk-body">{rule.explanation[language]}</p>}
            onReload={resource.reload}
            apiFieldPrefix="parameters."
            save={async (answers: Answers) => {
              const parameters = Object.fromEntries(
                Object.entries(answers)
                  .filter(([name, value]) => name.startsWith('p_') && value !== null)
                  .map(([name, value]) => [name.slice(2), value as number | boolean | string | string[]]),
              );
              await api.administration.changeRuleSetting(ruleId, { enabled: answers['enabled'] === true, parameters, expectedVersion: setting?.version ?? 0 });
            }}
            onSaved={() => navigate(savedHref('/administration', rule.title[language]))}
          />
        )}
      </Loaded>
    </>
  );
}
