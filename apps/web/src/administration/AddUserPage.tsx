// An administrator adds a person to their authority: name, email, role, the language
// Cynnig should speak to them in, and a first password (never kept in a draft).
import { authorityRoles, languageSchema, roles, type Language } from '@cynnig/domain';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { z } from 'zod';
import { useCynnigApi } from '../api/use-cynnig-api';
import { BackLink } from '../components/back-link/BackLink';
import { Button } from '../components/button/Button';
import { ErrorSummary } from '../components/error-summary/ErrorSummary';
import { Radios } from '../components/radios/Radios';
import { TextInput } from '../components/text-input/TextInput';
import { optionsFromCodeList } from '../forms/choice-option';
import { useCynnigForm } from '../forms/use-cynnig-form';
import { savedHref } from '../record-forms/saved-banner';
import { useSession } from '../session/session-context';
import { usePageTitle } from '../shell/page-title';

export const newUserFormSchema = z.object({
  displayName: z.string().trim().min(1, 'administration.errors.name').max(120, 'recordForm.errors.tooLong'),
  email: z.string().trim().min(1, 'signIn.errors.emailRequired').pipe(z.email('signIn.errors.emailFormat')),
  role: z.preprocess((value) => value ?? '', z.enum(authorityRoles as [string, ...string[]], 'administration.errors.role')),
  preferredLanguage: z.preprocess((value) => value ?? '', languageSchema.or(z.literal('')).refine((value) => value !== '', 'administration.errors.language')),
  password: z.string().min(12, 'administration.errors.password').max(200, 'recordForm.errors.tooLong'),
});

export function AddUserPage() {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const api = useCynnigApi();
  const session = useSession();
  const [, navigate] = useLocation();
  const { form, summaryItems, hasErrors, errorFor, submit } = useCynnigForm(newUserFormSchema, {
    defaultValues: { displayName: '', email: '', role: null, preferredLanguage: null, password: '' } as never,
    draftId: 'new-user',
    draftOmit: ['password'],
    onSignedOut: () => session.sessionEnded(),
  });
  const title = t('administration.addUserTitle');
  usePageTitle(title, hasErrors);
  const onSubmit = submit(async (values) => {
    await api.administration.addUser({ ...values, role: values.role as never, preferredLanguage: values.preferredLanguage as Language });
    navigate(savedHref('/administration', values.displayName));
  });
  return (
    <>
      <BackLink href="/administration" />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <ErrorSummary items={summaryItems} />
          <h1 className="govuk-heading-l">{title}</h1>
          <form onSubmit={onSubmit} noValidate>
            <TextInput label={t('administration.name')} autoComplete="off" error={errorFor('displayName')} {...form.register('displayName')} />
            <TextInput label={t('administration.email')} type="email" autoComplete="off" spellCheck={false} error={errorFor('email')} {...form.register('email')} />
            <Radios legend={t('administration.role')} error={errorFor('role')} options={optionsFromCodeList(roles, language, authorityRoles)} {...form.register('role')} />
            <Radios
              legend={t('administration.language')}
              error={errorFor('preferredLanguage')}
              inline
              options={[
                { value: 'cy', label: t('language.welsh') },
                { value: 'en', label: t('language.english') },
              ]}
              {...form.register('preferredLanguage')}
            />
            <TextInput label={t('administration.password')} hint={t('administration.passwordHint')} type="password" autoComplete="new-password" error={errorFor('password')} {...form.register('password')} />
            <Button disabled={form.formState.isSubmitting}>{t('administration.addUserSubmit')}</Button>
          </form>
        </div>
      </div>
    </>
  );
}
