// One person of the administrator's authority: their details with a Change link for each,
// their account's status, and the actions it allows (deactivate, reactivate, unlock). An
// administrator's own page offers no way to close their account or take their own role away.
import { roles, type Language } from '@cynnig/domain';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { ManagedUser } from '../api/administration';
import { useCynnigApi } from '../api/use-cynnig-api';
import { useResource } from '../api/use-resource';
import { BackLink } from '../components/back-link/BackLink';
import { SummaryList } from '../components/summary-list/SummaryList';
import { formatTimestamp } from '../i18n/format';
import { useSession } from '../session/session-context';
import { Loaded } from '../shell/Loaded';
import { usePageTitle } from '../shell/page-title';
import { AccountStatusTag } from './AccountStatusTag';
import { personHref } from './person-paths';

export function PersonPage({ userId }: { userId: string }) {
  const api = useCynnigApi();
  const resource = useResource<ManagedUser>(() => api.administration.user(userId), userId);
  return (
    <>
      <BackLink href="/administration" />
      <Loaded resource={resource} onTryAgain={() => void resource.reload()}>
        {(person) => <PersonDetails person={person} />}
      </Loaded>
    </>
  );
}

function PersonDetails({ person }: { person: ManagedUser }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const session = useSession();
  const own = session.state.status === 'signed-in' && session.state.user.id === person.id;
  usePageTitle(person.displayName);
  const change = (what: string) => (own && (what === 'role' || what === 'status') ? {} : { changeHref: personHref(person.id, `/change/${what}`) });
  const statusDetail =
    person.status === 'locked' && person.lockedUntil
      ? t('people.lockedUntil', { time: formatTimestamp(person.lockedUntil, language) })
      : person.status === 'deactivated' && person.deactivatedAt
        ? t('people.deactivatedOn', { time: formatTimestamp(person.deactivatedAt, language) })
        : null;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <span className="govuk-caption-l">{t('people.caption')}</span>
        <h1 className="govuk-heading-l">{person.displayName}</h1>
        <SummaryList
          rows={[
            { key: t('administration.name'), value: person.displayName, ...change('name') },
            { key: t('administration.email'), value: person.email, ...change('email') },
            { key: t('administration.role'), value: roles.label(person.role, language), ...change('role') },
            { key: t('administration.language'), value: t(person.preferredLanguage === 'cy' ? 'language.welsh' : 'language.english') },
            {
              key: t('people.accountStatus'),
              value: (
                <>
                  <AccountStatusTag status={person.status} />
                  {statusDetail ? <p className="govuk-body govuk-!-margin-top-2 govuk-!-margin-bottom-0">{statusDetail}</p> : null}
                </>
              ),
              ...change('status'),
            },
          ]}
        />
        {own ? (
          <p className="govuk-body">{t('people.ownAccount')}</p>
        ) : (
          <div className="govuk-button-group">
            {person.status === 'locked' ? (
              <Link className="govuk-button" href={personHref(person.id, '/unlock')}>
                {t('people.unlock')}
              </Link>
            ) : null}
            <Link className={`govuk-button ${person.status === 'deactivated' ? 'govuk-button--secondary' : 'govuk-button--warning'}`} href={personHref(person.id, '/change/status')}>
              {t(person.status === 'deactivated' ? 'people.reactivate' : 'people.deactivate')}
            </Link>
          </div>
        )}
      </div>
    </div>
  );
}
