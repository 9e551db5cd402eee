// Changes one thing about a person (name, email address, role, or whether their account is
// active): the question, "check your answers" with what it was and what it will be, then the
// confirmation page. Saved with the version the page read; if someone else changed the person
// meanwhile, nothing is overwritten: the page shows their latest details and asks again.
import { authorityRoles, roles, type Language } from '@cynnig/domain';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import type { ManagedUser } from '../api/administration';
import { useCynnigApi } from '../api/use-cynnig-api';
import { useResource } from '../api/use-resource';
import { BackLink } from '../components/back-link/BackLink';
import { Button } from '../components/button/Button';
import { ErrorSummary } from '../components/error-summary/ErrorSummary';
import { NotificationBanner } from '../components/notification-banner/NotificationBanner';
import { Radios } from '../components/radios/Radios';
import { SummaryList } from '../components/summary-list/SummaryList';
import { TextInput } from '../components/text-input/TextInput';
import { WarningText } from '../components/warning-text/WarningText';
import { optionsFromCodeList } from '../forms/choice-option';
import { fieldId } from '../forms/field-id';
import { useCynnigForm } from '../forms/use-cynnig-form';
import { NotFoundPage } from '../pages/not-found/NotFoundPage';
import { useSession } from '../session/session-context';
import { Loaded } from '../shell/Loaded';
import { usePageTitle } from '../shell/page-title';
import { AccountStatusTag } from './AccountStatusTag';
import { changeRequest, currentAnswers, fieldOf, isPersonChange, outcomeOf, personChangeSchema, type PersonChange, type PersonChangeAnswers } from './person-changes';
import { personHref } from './person-paths';

export function ChangePersonPage({ userId, what }: { userId: string; what: string }) {
  const api = useCynnigApi();
  const resource = useResource<ManagedUser>(() => api.administration.user(userId), userId);
  const [conflicted, setConflicted] = useState(false);
  if (!isPersonChange(what)) return <NotFoundPage />;
  return (
    <>
      <BackLink href={personHref(userId)} />
      <Loaded resource={resource} onTryAgain={() => void resource.reload()}>
        {(person) => (
          // A new version (after a conflict) starts the question again from the latest details.
          <PersonChangeForm
            key={person.version}
            person={person}
            what={what}
            conflicted={conflicted}
            onConflict={() => {
              setConflicted(true);
              void resource.reload();
            }}
          />
        )}
      </Loaded>
    </>
  );
}

function PersonChangeForm({ person, what, conflicted, onConflict }: { person: ManagedUser; what: PersonChange; conflicted: boolean; onConflict: () => void }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const api = useCynnigApi();
  const session = useSession();
  const [, navigate] = useLocation();
  const schema = useMemo(() => personChangeSchema(what, person), [what, person]);
  const { form, summaryItems, hasErrors, errorFor, submit, outcome } = useCynnigForm(schema as never, {
    defaultValues: currentAnswers(what, person) as never,
    onSignedOut: () => session.sessionEnded(),
  });
  const [stage, setStage] = useState<'question' | 'check'>('question');
  const [answers, setAnswers] = useState<PersonChangeAnswers | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const showing = hasErrors ? 'question' : stage;
  const field = fieldOf[what];
  const questions: Record<PersonChange, string> = {
    name: t('people.questions.name'),
    email: t('people.questions.email'),
    role: t('people.questions.role'),
    status: t('people.questions.status'),
  };
  const fieldLabels: Record<PersonChange, string> = {
    name: t('administration.name'),
    email: t('administration.email'),
    role: t('administration.role'),
    status: t('people.accountStatus'),
  };
  usePageTitle(showing === 'check' ? t('people.check.title') : questions[what], hasErrors);

  useEffect(() => {
    if (outcome === 'conflict') onConflict();
  }, [outcome]);
  useEffect(() => {
    if (showing === 'check') heading.current?.focus();
  }, [showing]);

  const valueText = (values: PersonChangeAnswers): string => {
    const value = values[field] ?? '';
    if (what === 'role') return roles.label(value as never, language);
    if (what === 'status') return t(value === 'deactivated' ? 'people.status.deactivated' : 'people.status.active');
    return what === 'email' ? value.trim().toLowerCase() : value.trim();
  };
  const onContinue = form.handleSubmit((values) => {
    setAnswers(values as PersonChangeAnswers);
    setStage('check');
  });
  const onSave = submit(async (values) => {
    const checked = values as PersonChangeAnswers;
    await api.administration.changeUser(person.id, changeRequest(what, checked, person));
    navigate(personHref(person.id, `/changed/${outcomeOf(what, checked)}`));
  });
  const deactivating = what === 'status' && answers?.['active'] === 'deactivated';
  const reactivating = what === 'status' && answers?.['active'] === 'active';
  const register = form.register(field as never);

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {conflicted && showing === 'question' ? <LatestDetails person={person} /> : null}
        <ErrorSummary items={summaryItems} />
        {showing === 'check' && answers ? (
          <form onSubmit={onSave} noValidate>
            <span className="govuk-caption-l">{person.displayName}</span>
            <h1 className="govuk-heading-l" tabIndex={-1} ref={heading}>
              {t('people.check.title')}
            </h1>
            <h2 className="govuk-heading-m">{fieldLabels[what]}</h2>
            <dl className="govuk-summary-list">
              <div className="govuk-summary-list__row govuk-summary-list__row--no-actions">
                <dt className="govuk-summary-list__key">{t('people.check.now')}</dt>
                <dd className="govuk-summary-list__value">{valueText(currentAnswers(what, person))}</dd>
              </div>
              <div className="govuk-summary-list__row">
                <dt className="govuk-summary-list__key">{t('people.check.after')}</dt>
                <dd className="govuk-summary-list__value">{valueText(answers)}</dd>
                <dd className="govuk-summary-list__actions">
                  <a
                    className="govuk-link"
                    href={`#${fieldId(field)}`}
                    onClick={(event) => {
                      event.preventDefault();
                      setStage('question');
                    }}
                  >
                    {t('common.change')}
                    <span className="govuk-visually-hidden"> {fieldLabels[what].toLocaleLowerCase()}</span>
                  </a>
                </dd>
              </div>
            </dl>
            {deactivating ? <WarningText>{t('people.check.deactivateWarning', { name: person.displayName })}</WarningText> : null}
            <Button variant={deactivating ? 'warning' : 'primary'} disabled={form.formState.isSubmitting}>
              {deactivating ? t('people.deactivate') : reactivating ? t('people.reactivate') : t('people.check.save')}
            </Button>
          </form>
        ) : (
          <form onSubmit={onContinue} noValidate>
            <span className="govuk-caption-l">{person.displayName}</span>
            {what === 'name' ? <TextInput label={questions.name} isPageHeading autoComplete="off" spellCheck={false} error={errorFor(field)} {...register} /> : null}
            {what === 'email' ? (
              <TextInput label={questions.email} hint={t('people.questions.emailHint')} isPageHeading type="email" autoComplete="off" spellCheck={false} error={errorFor(field)} {...register} />
            ) : null}
            {what === 'role' ? <Radios legend={questions.role} isPageHeading error={errorFor(field)} options={optionsFromCodeList(roles, language, authorityRoles)} {...register} /> : null}
            {what === 'status' ? (
              <Radios
                legend={questions.status}
                isPageHeading
                error={errorFor(field)}
                options={[
                  { value: 'active', label: t('people.status.active'), hint: t('people.statusHint.active') },
                  { value: 'deactivated', label: t('people.status.deactivated'), hint: t('people.statusHint.deactivated') },
                ]}
                {...register}
              />
            ) : null}
            <Button>{t('common.continue')}</Button>
          </form>
        )}
      </div>
    </div>
  );
}

/** After a conflict: the person as they are now, so the administrator makes their change again from there. */
function LatestDetails({ person }: { person: ManagedUser }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  return (
    <NotificationBanner heading={t('people.conflict.title')} takeFocus id="conflict-banner">
      <p className="govuk-body">{t('people.conflict.body')}</p>
      <SummaryList
        rows={[
          { key: t('administration.name'), value: person.displayName },
          { key: t('administration.email'), value: person.email },
          { key: t('administration.role'), value: roles.label(person.role, language) },
          { key: t('people.accountStatus'), value: <AccountStatusTag status={person.status} /> },
        ]}
      />
    </NotificationBanner>
  );
}
