// The journey pages, each loaded on its own when first opened (React.lazy), so the
// first page someone sees stays small: the rule catalogue, the workflows and the
// dashboard's charts arrive only with the page that needs them.
import type { Role } from '@cynnig/domain';
import { lazy, Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Journey } from '../home/journeys';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each page's own props are restored by the cast at its export
type AnyPage = React.ComponentType<any>;
const named = <K extends string>(load: () => Promise<Record<K, unknown>>, name: K) => lazy(async () => ({ default: (await load())[name] as AnyPage }));

export const CaseloadPage = named(() => import('../caseload/CaseloadPage'), 'CaseloadPage') as React.ComponentType<{ team: boolean }>;
export const ChildPage = named(() => import('../child/ChildPage'), 'ChildPage') as React.ComponentType<{ childId: string }>;
export const LifeEventPage = named(() => import('../child/LifeEventPage'), 'LifeEventPage') as React.ComponentType<{ childId: string }>;
export const ActiveOfferStepPage = named(() => import('../active-offer/ActiveOfferStepPage'), 'ActiveOfferStepPage') as React.ComponentType<{ childId: string; step: string }>;
export const MissingEpisodeStepPage = named(() => import('../missing-episode/MissingEpisodeStepPage'), 'MissingEpisodeStepPage') as React.ComponentType<{ childId: string; caseId: string | null; step: string }>;
export const EpisodePage = named(() => import('../missing-episode/EpisodePage'), 'EpisodePage') as React.ComponentType<{ childId: string; caseId: string }>;
export const ConcernStepPage = named(() => import('../oversight/ConcernStepPage'), 'ConcernStepPage') as React.ComponentType<{ childId: string; caseId: string | null; step: string }>;
export const ConcernPage = named(() => import('../oversight/ConcernPage'), 'ConcernPage') as React.ComponentType<{ childId: string; caseId: string }>;
export const ReviewPage = named(() => import('../oversight/ReviewPage'), 'ReviewPage') as React.ComponentType<{ childId: string }>;
export const IroQueuePage = named(() => import('../iro-queue/IroQueuePage'), 'IroQueuePage') as React.ComponentType;
export const ProviderInboxPage = named(() => import('../provider-inbox/ProviderInboxPage'), 'ProviderInboxPage') as React.ComponentType;
export const ExportPage = named(() => import('../monitoring/ExportPage'), 'ExportPage') as React.ComponentType;
export const DashboardPage = lazy(() => import('../monitoring/DashboardPage'));
export const AdministrationPage = named(() => import('../administration/AdministrationPage'), 'AdministrationPage') as React.ComponentType;
export const AddUserPage = named(() => import('../administration/AddUserPage'), 'AddUserPage') as React.ComponentType;
export const PersonPage = named(() => import('../administration/PersonPage'), 'PersonPage') as React.ComponentType<{ userId: string }>;
export const ChangePersonPage = named(() => import('../administration/ChangePersonPage'), 'ChangePersonPage') as React.ComponentType<{ userId: string; what: string }>;
export const UnlockPersonPage = named(() => import('../administration/UnlockPersonPage'), 'UnlockPersonPage') as React.ComponentType<{ userId: string }>;
export const PersonChangedPage = named(() => import('../administration/PersonChangedPage'), 'PersonChangedPage') as React.ComponentType<{ userId: string; outcome: string }>;
export const RuleSettingPage = named(() => import('../administration/RuleSettingPage'), 'RuleSettingPage') as React.ComponentType<{ ruleId: string }>;
export const RuleCataloguePage = lazy(() => import('../rule-catalogue/RuleCataloguePage'));

/** Shows "Loading" while a page's code arrives. */
export function PageLoader({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Suspense
      fallback={
        <p className="govuk-body" role="status">
          {t('common.loading')}
        </p>
      }
    >
      {children}
    </Suspense>
  );
}

/** A journey's own page, for the home page of the role it belongs to. */
export function JourneyPage({ journey, role }: { journey: Journey; role: Role }) {
  const page = (() => {
    switch (journey) {
      case 'caseload':
        return <CaseloadPage team={role === 'team-manager'} />;
      case 'iroQueue':
        return <IroQueuePage />;
      case 'providerInbox':
        return <ProviderInboxPage />;
      case 'monitoringDashboard':
        return <DashboardPage />;
      case 'usersAndParameters':
        return <AdministrationPage />;
      case 'export':
        return <ExportPage />;
      default:
        return <RuleCataloguePage />;
    }
  })();
  return <PageLoader>{page}</PageLoader>;
}
