// Guards a page: sends signed-out people to sign in (and back afterwards), shows
// "service unavailable" when the API cannot be reached and "no access" when the
// role does not cover the page. The API checks again; this only keeps people
// from landing on a page that cannot work for them.
import type { Role } from '@cynnig/domain';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Redirect, useLocation, useSearch } from 'wouter';
import type { SessionUser } from '../api/session';
import { AccessDeniedPage } from '../pages/access-denied/AccessDeniedPage';
import { ServiceUnavailablePage } from '../pages/service-unavailable/ServiceUnavailablePage';
import { useSession } from '../session/session-context';

export function RequireSignedIn({ roles, children }: { roles?: readonly Role[]; children: (user: SessionUser) => ReactNode }) {
  const { t } = useTranslation();
  const { state, refresh } = useSession();
  const [pathname] = useLocation();
  const search = useSearch();
  if (state.status === 'loading') {
    return (
      <p className="govuk-body" role="status">
        {t('common.loading')}
      </p>
    );
  }
  if (state.status === 'unavailable') return <ServiceUnavailablePage onTryAgain={() => void refresh()} />;
  if (state.status === 'signed-out') {
    const here = `${pathname}${search ? `?${search}` : ''}`;
    return <Redirect to={here === '/' ? '/sign-in' : `/sign-in?return=${encodeURIComponent(here)}`} replace />;
  }
  if (roles && !roles.includes(state.user.role)) return <AccessDeniedPage />;
  return <>{children(state.user)}</>;
}
