// The confirmation page after a change to a person: what was done and what is now true,
// read back from the API, so the page says the same after a reload.
import { roles, type Language } from '@cynnig/domain';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { ManagedUser } from '../api/administration';
import { useCynnigApi } from '../api/use-cynnig-api';
import { useResource } from '../api/use-resource';
import { Panel } from '../components/panel/Panel';
import { NotFoundPage } from '../pages/not-found/NotFoundPage';
import { Loaded } from '../shell/Loaded';
import { usePageTitle } from '../shell/page-title';
import { isPersonOutcome, type PersonOutcome } from './person-changes';
import { personHref } from './person-paths';

export function PersonChangedPage({ userId, outcome }: { userId: string; outcome: string }) {
  const api = useCynnigApi();
  const resource = useResource<ManagedUser>(() => api.administration.user(userId), userId);
  if (!isPersonOutcome(outcome)) return <NotFoundPage />;
  return (
    <Loaded resource={resource} onTryAgain={() => void resource.reload()}>
      {(person) => <Confirmation person={person} outcome={outcome} />}
    </Loaded>
  );
}

function Confirmation({ person, outcome }: { person: ManagedUser; outcome: PersonOutcome }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const name = person.displayName;
  const titles: Record<PersonOutcome, string> = {
    name: t('people.done.name'),
    email: t('people.done.email'),
    role: t('people.done.role'),
    deactivated: t('people.done.deactivated'),
    reactivated: t('people.done.reactivated'),
    unlocked: t('people.done.unlocked'),
  };
  const bodies: Record<PersonOutcome, string> = {
    name: t('people.done.nameBody', { name }),
    email: t('people.done.emailBody', { name, email: person.email }),
    role: t('people.done.roleBody', { name, role: roles.label(person.role, language) }),
    deactivated: t('people.done.deactivatedBody', { name }),
    reactivated: t('people.done.reactivatedBody', { name }),
    unlocked: t('people.done.unlockedBody', { name }),
  };
  usePageTitle(titles[outcome]);
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Panel title={titles[outcome]}>{bodies[outcome]}</Panel>
        <p className="govuk-body">{t('people.done.recorded')}</p>
        <ul className="govuk-list">
          <li>
            <Link className="govuk-link" href={personHref(person.id)}>
              {t('people.done.backToPerson', { name })}
            </Link>
          </li>
          <li>
            <Link className="govuk-link" href="/administration">
              {t('people.done.backToPeople')}
            </Link>
          </li>
        </ul>
      </div>
    </div>
  );
}
