// An administrator's page: the people who use Cynnig in their authority (each with their
// account's status and a link to change them), and the authority's settings for each rule
// beside the rule catalogue's explanation of it.
import { roles, languageSchema, type Language } from '@cynnig/domain';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { ManagedUser, RuleSetting } from '../api/administration';
import { useCynnigApi } from '../api/use-cynnig-api';
import { useResource } from '../api/use-resource';
import { Table } from '../components/table/Table';
import { SavedBanner } from '../record-forms/saved-banner';
import { publishedRules } from '../rule-catalogue/published-rules';
import { Loaded } from '../shell/Loaded';
import { usePageTitle } from '../shell/page-title';
import { AccountStatusTag } from './AccountStatusTag';
import { personHref } from './person-paths';
import { settingInWords } from './rule-setting-words';

export function AdministrationPage() {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const api = useCynnigApi();
  const title = t('administration.title');
  usePageTitle(title);
  const resource = useResource<{ users: ManagedUser[]; settings: RuleSetting[] }>(async () => {
    const [users, settings] = await Promise.all([api.administration.users(), api.administration.ruleSettings()]);
    return { users, settings };
  }, 'administration');
  return (
    <>
      <SavedBanner />
      <h1 className="govuk-heading-xl">{title}</h1>
      <Loaded resource={resource} onTryAgain={() => void resource.reload()}>
        {({ users, settings }) => (
          <>
            <h2 className="govuk-heading-l">{t('administration.usersHeading')}</h2>
            <Link className="govuk-button govuk-button--secondary" href="/administration/users/new">
              {t('administration.addUser')}
            </Link>
            <Table<ManagedUser>
              caption={t('administration.usersCaption', { count: users.length })}
              captionSize="s"
              rows={users}
              rowKey={(user) => user.id}
              firstCellIsHeader
              columns={[
                { key: 'name', header: t('administration.name'), cell: (user) => user.displayName },
                { key: 'email', header: t('administration.email'), cell: (user) => user.email },
                { key: 'role', header: t('administration.role'), cell: (user) => roles.label(user.role, language) },
                { key: 'language', header: t('administration.language'), cell: (user) => t(languageSchema.parse(user.preferredLanguage) === 'cy' ? 'language.welsh' : 'language.english') },
                { key: 'status', header: t('administration.status'), cell: (user) => <AccountStatusTag status={user.status} /> },
                {
                  key: 'change',
                  header: t('people.actions'),
                  cell: (user) => (
                    <Link className="govuk-link" href={personHref(user.id)}>
                      {t('common.change')}
                      <span className="govuk-visually-hidden"> {user.displayName}</span>
                    </Link>
                  ),
                },
              ]}
            />
            <h2 className="govuk-heading-l">{t('administration.rulesHeading')}</h2>
            <p className="govuk-body">{t('administration.rulesIntro')}</p>
            <Table
              caption={t('administration.rulesCaption')}
              captionSize="s"
              rows={publishedRules}
              rowKey={(rule) => rule.id}
              firstCellIsHeader
              columns={[
                {
                  key: 'rule',
                  header: t('administration.rule'),
                  cell: (rule) => (
                    <>
                      <Link className="govuk-link" href={`/administration/rules/${rule.id}`}>
                        {rule.title[language]}
                      </Link>
                      <div className="govuk-body-s govuk-!-margin-bottom-0">{rule.explanation[language]}</div>
                    </>
                  ),
                },
                { key: 'setting', header: t('administration.setting'), cell: (rule) => settingInWords(rule, settings.find((setting) => setting.ruleId === rule.id), language, t) },
              ]}
            />
          </>
        )}
      </Loaded>
    </>
  );
}
