// The rule catalogue: every rule Cynnig runs, in plain English and Welsh, with its
// basis in law or guidance and the parameters an authority may change. Open to
// everyone, signed in or not: it holds policy, not anyone's personal data.
import type { Language } from '@cynnig/domain';
import { useTranslation } from 'react-i18next';
import { Table } from '../components/table/Table';
import { Tag } from '../components/tag/Tag';
import { usePageTitle } from '../shell/page-title';
import { ruleSetNames, type CatalogueParameter, type CatalogueRule } from './catalogue-rule';
import { describeDefault, quantity } from './parameter-default';
import { publishedRules } from './published-rules';

interface ParameterRow {
  readonly name: string;
  readonly parameter: CatalogueParameter;
}

/** The default export lets the router load the catalogue (and @cynnig/rules) on its own. */
export default function PublishedRuleCataloguePage() {
  return <RuleCataloguePage rules={publishedRules} />;
}

export function RuleCataloguePage({ rules }: { rules: readonly CatalogueRule[] }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const title = t('ruleCatalogue.title');
  usePageTitle(title);
  const sets = ruleSetNames.map((set) => ({ set, rules: rules.filter((rule) => rule.set === set) })).filter((group) => group.rules.length > 0);
  return (
    <>
      <h1 className="govuk-heading-xl">{title}</h1>
      <p className="govuk-body-l">{t('ruleCatalogue.intro')}</p>
      {rules.length === 0 ? <p className="govuk-body">{t('ruleCatalogue.empty')}</p> : null}
      {sets.map((group) => (
        <section key={group.set} aria-labelledby={`set-${group.set}`}>
          <h2 className="govuk-heading-l" id={`set-${group.set}`}>
            {t(`ruleCatalogue.sets.${group.set}`)}
          </h2>
          {group.rules.map((rule) => {
            const rows: ParameterRow[] = Object.entries(rule.parameters).map(([name, parameter]) => ({ name, parameter }));
            return (
              <article key={rule.id} id={`rule-${rule.id}`} className="govuk-!-margin-bottom-8">
                <h3 className="govuk-heading-m">{rule.title[language]}</h3>
                <p className="govuk-body">
                  <Tag text={t(rule.enabledByDefault ? 'ruleCatalogue.onByDefault' : 'ruleCatalogue.offByDefault')} colour={rule.enabledByDefault ? 'green' : 'grey'} />
                </p>
                <dl className="govuk-summary-list govuk-summary-list--no-border">
                  <div className="govuk-summary-list__row">
                    <dt className="govuk-summary-list__key">{t('ruleCatalogue.explanation')}</dt>
                    <dd className="govuk-summary-list__value">{rule.explanation[language]}</dd>
                  </div>
                  {rule.condition ? (
                    <div className="govuk-summary-list__row">
                      <dt className="govuk-summary-list__key">{t('ruleCatalogue.condition')}</dt>
                      <dd className="govuk-summary-list__value">
                        <ul className="govuk-list govuk-list--bullet">
                          {rule.condition[language]
                            .split('\n')
                            .map((line) => line.replace(/^\s*-\s*/, ''))
                            .filter(Boolean)
                            .map((line, index) => (
                              <li key={index}>{line}</li>
                            ))}
                        </ul>
                      </dd>
                    </div>
                  ) : null}
                  {rule.consequence ? (
                    <div className="govuk-summary-list__row">
                      <dt className="govuk-summary-list__key">{t('ruleCatalogue.consequence')}</dt>
                      <dd className="govuk-summary-list__value">{rule.consequence[language]}</dd>
                    </div>
                  ) : null}
                  <div className="govuk-summary-list__row">
                    <dt className="govuk-summary-list__key">{t('ruleCatalogue.basis')}</dt>
                    <dd className="govuk-summary-list__value">
                      {t(`ruleCatalogue.basisKinds.${rule.basis.kind}`)}: {rule.basis.citation[language]}
                    </dd>
                  </div>
                </dl>
                {rows.length === 0 ? (
                  <p className="govuk-body">{t('ruleCatalogue.noParameters')}</p>
                ) : (
                  <Table<ParameterRow>
                    caption={`${t('ruleCatalogue.parameters')}: ${rule.title[language]}`}
                    captionSize="s"
                    rows={rows}
                    rowKey={(row) => row.name}
                    firstCellIsHeader
                    columns={[
                      { key: 'parameter', header: t('ruleCatalogue.parameter'), cell: (row) => row.parameter.description[language] },
                      {
                        key: 'default',
                        header: t('ruleCatalogue.default'),
                        cell: (row) =>
                          row.parameter.type === 'integer'
                            ? `${describeDefault(row.parameter, language, t)} (${t('ruleCatalogue.range', {
                                min: quantity(row.parameter.min, row.parameter.unit, language, t),
                                max: quantity(row.parameter.max, row.parameter.unit, language, t),
                              })})`
                            : describeDefault(row.parameter, language, t),
                      },
                    ]}
                  />
                )}
              </article>
            );
          })}
        </section>
      ))}
    </>
  );
}
