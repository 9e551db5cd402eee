// The first page after signing in, chosen by the person's role: a social worker's
// caseload, an IRO's queue, a provider's referrals, the commissioner's dashboard or
// the administrator's page, with the role's other journeys listed below it.
import { roles, type Language } from '@cynnig/domain';
import { useTranslation } from 'react-i18next';
import type { SessionUser } from '../api/session';
import { TaskList } from '../components/task-list/TaskList';
import { homeJourney, journeyHref, journeysByRole, type Journey } from './journeys';
import { JourneyPage } from '../app/journey-pages';

export function HomePage({ user }: { user: SessionUser }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const home = homeJourney(user.role);
  const others = journeysByRole[user.role].filter((journey) => journey !== home);
  const withPage = others.filter((journey) => journeyHref[journey]);
  const fromChild = others.filter((journey) => !journeyHref[journey]);
  return (
    <>
      <p className="govuk-body-s">{t('home.signedInAs', { name: user.displayName, role: roles.label(user.role, language) })}</p>
      <JourneyPage journey={home} role={user.role} />
      <h2 className="govuk-heading-m govuk-!-margin-top-8">{t('home.journeysHeading')}</h2>
      <TaskList items={withPage.map((journey: Journey) => ({ id: `journey-${journey}`, title: t(`journeys.${journey}.title`), hint: t(`journeys.${journey}.description`), href: journeyHref[journey] as string }))} />
      {fromChild.length > 0 ? (
        <>
          <p className="govuk-body">{t('home.fromChildPage')}</p>
          <ul className="govuk-list govuk-list--bullet">
            {fromChild.map((journey) => (
              <li key={journey}>{t(`journeys.${journey}.title`)}</li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
}
