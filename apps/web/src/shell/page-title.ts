// Every page has its own title, "Error: " first when the page shows errors, so a
// screen reader user hears at once that their submit did not go through.
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

export function pageTitle(heading: string, serviceName: string, errorPrefix: string | null): string {
  return `${errorPrefix ?? ''}${heading} - ${serviceName}`;
}

export function usePageTitle(heading: string, hasErrors = false) {
  const { t } = useTranslation();
  const title = pageTitle(heading, t('service.name'), hasErrors ? t('common.errorPrefix') : null);
  useEffect(() => {
    document.title = title;
  }, [title]);
  return title;
}
