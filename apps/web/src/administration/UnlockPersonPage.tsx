// Unlocks an account locked after repeated failed sign-ins, after the administrator has
// checked that it is really the person asking: a question-free confirmation, then the
// confirmation page. An account that is not locked has nothing to unlock.
import type { Language } from '@cynnig/domain';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { z } from 'zod';
import type { ManagedUser } from '../api/administration';
import { useCynnigApi } from '../api/use-cynnig-api';
import { useResource } from '../api/use-resource';
import { BackLink } from '../components/back-link/BackLink';
import { Button } from '../components/button/Button';
import { ErrorSummary } from '../components/error-summary/ErrorSummary';
import { useCynnigForm } from '../forms/use-cynnig-form';
import { formatTimestamp } from '../i18n/format';
import { useSession } from '../session/session-context';
import { Loaded } from '../shell/Loaded';
import { usePageTitle } from '../shell/page-title';
import { personHref } from './person-paths';

export function UnlockPersonPage({ userId }: { userId: string }) {
  const api = useCynnigApi();
  const resource = useResource<ManagedUser>(() => api.administration.user(userId), userId);
  return (
    <>
      <BackLink href={personHref(userId)} />
      <Loaded resource={resource} onTryAgain={() => void resource.reload()}>
        {(person) => <UnlockConfirmation person={person} />}
      </Loaded>
    </>
  );
}

const nothingToAnswer = z.object({});

function UnlockConfirmation({ person }: { person: ManagedUser }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const api = useCynnigApi();
  const session = useSession();
  const [, navigate] = useLocation();
  const { form, summaryItems, hasErrors, submit } = useCynnigForm(nothingToAnswer, { defaultValues: {}, onSignedOut: () => session.sessionEnded() });
  const title = t('people.unlockPage.title');
  usePageTitle(title, hasErrors);
  const onUnlock = submit(async () => {
    await api.administration.unlockUser(person.id);
    navigate(personHref(person.id, '/changed/unlocked'));
  });
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary items={summaryItems} />
        <span className="govuk-caption-l">{person.displayName}</span>
        <h1 className="govuk-heading-l">{title}</h1>
        {person.status === 'locked' && person.lockedUntil ? (
          <form onSubmit={onUnlock} noValidate>
            <p className="govuk-body">{t('people.unlockPage.body', { name: person.displayName, time: formatTimestamp(person.lockedUntil, language) })}</p>
            <p className="govuk-body">{t('people.unlockPage.check')}</p>
            <Button disabled={form.formState.isSubmitting}>{t('people.unlock')}</Button>
          </form>
        ) : (
          <>
            <p className="govuk-body">{t('people.unlockPage.notLocked')}</p>
            <p className="govuk-body">
              <Link className="govuk-link" href={personHref(person.id)}>
                {t('people.done.backToPerson', { name: person.displayName })}
              </Link>
            </p>
          </>
        )}
      </div>
    </div>
  );
}
