// Sign in with email and password. Errors follow the GOV.UK pattern (summary,
// inline messages, "Error:" in the title); the password is never kept in a draft.
import { useTranslation } from 'react-i18next';
import { useLocation, useSearch } from 'wouter';
import { signInSchema } from '../../api/session';
import { Button } from '../../components/button/Button';
import { ErrorSummary } from '../../components/error-summary/ErrorSummary';
import { TextInput } from '../../components/text-input/TextInput';
import { useCynnigForm } from '../../forms/use-cynnig-form';
import { safeReturnPath } from '../../session/return-path';
import { useSession } from '../../session/session-context';
import { usePageTitle } from '../../shell/page-title';

export function SignInPage() {
  const { t } = useTranslation();
  const session = useSession();
  const [, navigate] = useLocation();
  const returnTo = safeReturnPath(new URLSearchParams(useSearch()).get('return'));
  const { form, summaryItems, hasErrors, errorFor, submit } = useCynnigForm(signInSchema, { defaultValues: { email: '', password: '' } });
  const title = t('signIn.title');
  usePageTitle(title, hasErrors);
  const onSubmit = submit(async (values) => {
    await session.signIn(values);
    navigate(returnTo);
  });
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary items={summaryItems} />
        <h1 className="govuk-heading-l">{title}</h1>
        <p className="govuk-body">{t('signIn.intro')}</p>
        <form onSubmit={onSubmit} noValidate>
          <TextInput label={t('signIn.email')} type="email" autoComplete="username" spellCheck={false} error={errorFor('email')} {...form.register('email')} />
          <TextInput label={t('signIn.password')} type="password" autoComplete="current-password" error={errorFor('password')} {...form.register('password')} />
          <Button disabled={form.formState.isSubmitting}>{t('signIn.submit')}</Button>
        </form>
      </div>
    </div>
  );
}
