// The first thing a keyboard user reaches: a link straight past the header to the page's content.
import { useTranslation } from 'react-i18next';

export function SkipLink({ target = 'main-content' }: { target?: string }) {
  const { t } = useTranslation();
  return (
    <a href={`#${target}`} className="govuk-skip-link" data-module="govuk-skip-link">
      {t('common.skipToMain')}
    </a>
  );
}
