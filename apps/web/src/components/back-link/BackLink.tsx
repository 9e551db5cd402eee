// Takes the user to the previous question; a link, not the browser's history, so it always goes where it says.
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';

export function BackLink({ href, text }: { href: string; text?: string }) {
  const { t } = useTranslation();
  return (
    <Link href={href} className="govuk-back-link">
      {text ?? t('common.back')}
    </Link>
  );
}
