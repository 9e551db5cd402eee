// The first page after signing in, chosen by the person's role: the journeys they
// use, each with a link once built.
import { roles, type Language } from '@cynnig/domain';
import { useTranslation } from 'react-i18next';
import { TaskList } from '../components/task-list/TaskList';
import type { SessionUser } from '../api/session';
import { usePageTitle } from '../shell/page-title';
import { journeyHref, journeysByRole } from './journeys';

export function HomePage({ user }: { user: SessionUser }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const title = t('home.title');
  usePageTitle(title);
  return (
    <>
      <span className="govuk-caption-l">{t('home.signedInAs', { name: user.displayName, role: roles.label(user.role, language) })}</span>
      <h1 className="govuk-heading-xl">{title}</h1>
      <h2 className="govuk-heading-m">{t('home.journeysHeading')}</h2>
      <p className="govuk-body">{t('home.journeysIntro')}</p>
      <TaskList
        items={journeysByRole[user.role].map((journey) => {
          const href = journeyHref[journey];
          return {
            id: `journey-${journey}`,
            title: t(`journeys.${journey}.title`),
            hint: t(`journeys.${journey}.description`),
            ...(href ? { href } : { status: { text: t('common.comingSoon'), colour: 'grey' as const } }),
          };
        })}
      />
    </>
  );
}
