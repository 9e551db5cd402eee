// What a page shows while its data is on the way or could not be had: "Loading",
// page not found (also for a child outside the person's scope, so nothing is
// revealed), no access, or the service unavailable with a way to try again.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Resource } from '../api/use-resource';
import { AccessDeniedPage } from '../pages/access-denied/AccessDeniedPage';
import { NotFoundPage } from '../pages/not-found/NotFoundPage';
import { ServiceUnavailablePage } from '../pages/service-unavailable/ServiceUnavailablePage';

export function Loaded<T>({ resource, onTryAgain, children }: { resource: Resource<T>; onTryAgain?: () => void; children: (data: T) => ReactNode }) {
  const { t } = useTranslation();
  switch (resource.status) {
    case 'loading':
      return (
        <p className="govuk-body" role="status">
          {t('common.loading')}
        </p>
      );
    case 'unavailable':
      return <ServiceUnavailablePage {...(onTryAgain ? { onTryAgain } : {})} />;
    case 'problem':
      if (resource.problem.status === 404) return <NotFoundPage />;
      if (resource.problem.status === 403) return <AccessDeniedPage />;
      return (
        <div className="govuk-error-summary" role="alert">
          <h2 className="govuk-error-summary__title">{t('common.thereIsAProblem')}</h2>
          <div className="govuk-error-summary__body">
            <p className="govuk-body">{resource.problem.detail ?? resource.problem.title}</p>
          </div>
        </div>
      );
    case 'loaded':
      return <>{children(resource.data)}</>;
  }
}
