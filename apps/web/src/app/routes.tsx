// Every page of the forms app and who may see it. New journeys add one <Route> here.
// The API checks each role again; these guards only keep people from pages that
// cannot work for them.
import type { Role } from '@cynnig/domain';
import type { ReactNode } from 'react';
import { Route, Switch } from 'wouter';
import type { SessionUser } from '../api/session';
import { HomePage } from '../home/HomePage';
import { AccessDeniedPage } from '../pages/access-denied/AccessDeniedPage';
import { NotFoundPage } from '../pages/not-found/NotFoundPage';
import { ServiceUnavailablePage } from '../pages/service-unavailable/ServiceUnavailablePage';
import { SessionTimedOutPage } from '../pages/session-timed-out/SessionTimedOutPage';
import { SignInPage } from '../pages/sign-in/SignInPage';
import { SignOutPage } from '../pages/sign-out/SignOutPage';
import { RequireSignedIn } from '../shell/RequireSignedIn';
import {
  ActiveOfferStepPage,
  AddUserPage,
  AdministrationPage,
  CaseloadPage,
  ChangePersonPage,
  ChildPage,
  ConcernPage,
  ConcernStepPage,
  DashboardPage,
  EpisodePage,
  ExportPage,
  IroQueuePage,
  LifeEventPage,
  MissingEpisodeStepPage,
  PageLoader,
  PersonChangedPage,
  PersonPage,
  ProviderInboxPage,
  ReviewPage,
  RuleCataloguePage,
  RuleSettingPage,
  UnlockPersonPage,
} from './journey-pages';

const caseworkers: readonly Role[] = ['social-worker', 'team-manager'];
const childReaders: readonly Role[] = ['social-worker', 'team-manager', 'iro', 'provider-advocate', 'provider-manager'];
const exporters: readonly Role[] = ['team-manager', 'provider-manager', 'commissioner', 'administrator'];

function Guarded({ roles, children }: { roles?: readonly Role[]; children: (user: SessionUser) => ReactNode }) {
  return <RequireSignedIn {...(roles ? { roles } : {})}>{(user) => <PageLoader>{children(user)}</PageLoader>}</RequireSignedIn>;
}

export function Routes() {
  return (
    <Switch>
      <Route path="/">
        <RequireSignedIn>{(user) => <HomePage user={user} />}</RequireSignedIn>
      </Route>
      <Route path="/sign-in" component={SignInPage} />
      <Route path="/sign-out" component={SignOutPage} />
      <Route path="/session-timed-out" component={SessionTimedOutPage} />
      <Route path="/rules">
        <PageLoader>
          <RuleCataloguePage />
        </PageLoader>
      </Route>
      <Route path="/caseload">
        <Guarded roles={caseworkers}>{(user) => <CaseloadPage team={user.role === 'team-manager'} />}</Guarded>
      </Route>
      <Route path="/iro-queue">
        <Guarded roles={['iro']}>{() => <IroQueuePage />}</Guarded>
      </Route>
      <Route path="/inbox">
        <Guarded roles={['provider-advocate', 'provider-manager']}>{() => <ProviderInboxPage />}</Guarded>
      </Route>
      <Route path="/export">
        <Guarded roles={exporters}>{() => <ExportPage />}</Guarded>
      </Route>
      <Route path="/monitoring">
        {/* Everyone the API lets read monitoring figures (its permissions table, readMonitoring). */}
        <Guarded roles={['commissioner', 'administrator', 'team-manager', 'iro', 'provider-manager']}>{() => <DashboardPage />}</Guarded>
      </Route>
      <Route path="/administration">
        <Guarded roles={['administrator']}>{() => <AdministrationPage />}</Guarded>
      </Route>
      <Route path="/administration/users/new">
        <Guarded roles={['administrator']}>{() => <AddUserPage />}</Guarded>
      </Route>
      <Route path="/administration/users/:userId">
        {(params) => <Guarded roles={['administrator']}>{() => <PersonPage userId={params.userId} />}</Guarded>}
      </Route>
      <Route path="/administration/users/:userId/change/:what">
        {(params) => <Guarded roles={['administrator']}>{() => <ChangePersonPage userId={params.userId} what={params.what} />}</Guarded>}
      </Route>
      <Route path="/administration/users/:userId/unlock">
        {(params) => <Guarded roles={['administrator']}>{() => <UnlockPersonPage userId={params.userId} />}</Guarded>}
      </Route>
      <Route path="/administration/users/:userId/changed/:outcome">
        {(params) => <Guarded roles={['administrator']}>{() => <PersonChangedPage userId={params.userId} outcome={params.outcome} />}</Guarded>}
      </Route>
      <Route path="/administration/rules/:ruleId">
        {(params) => <Guarded roles={['administrator']}>{() => <RuleSettingPage ruleId={params.ruleId} />}</Guarded>}
      </Route>
      <Route path="/children/:childId">
        {(params) => <Guarded roles={childReaders}>{() => <ChildPage childId={params.childId} />}</Guarded>}
      </Route>
      <Route path="/children/:childId/active-offer/:step">
        {(params) => <Guarded roles={['social-worker', 'team-manager', 'provider-advocate', 'provider-manager']}>{() => <ActiveOfferStepPage childId={params.childId} step={params.step} />}</Guarded>}
      </Route>
      <Route path="/children/:childId/life-events/new">
        {(params) => <Guarded roles={caseworkers}>{() => <LifeEventPage childId={params.childId} />}</Guarded>}
      </Route>
      <Route path="/children/:childId/missing-episodes/new">
        {(params) => <Guarded roles={caseworkers}>{() => <MissingEpisodeStepPage childId={params.childId} caseId={null} step="REPORTED" />}</Guarded>}
      </Route>
      <Route path="/children/:childId/missing-episodes/:caseId">
        {(params) => <Guarded roles={['social-worker', 'team-manager', 'iro']}>{() => <EpisodePage childId={params.childId} caseId={params.caseId} />}</Guarded>}
      </Route>
      <Route path="/children/:childId/missing-episodes/:caseId/:step">
        {(params) => <Guarded roles={caseworkers}>{() => <MissingEpisodeStepPage childId={params.childId} caseId={params.caseId} step={params.step} />}</Guarded>}
      </Route>
      <Route path="/children/:childId/reviews/new">
        {(params) => <Guarded roles={['iro']}>{() => <ReviewPage childId={params.childId} />}</Guarded>}
      </Route>
      <Route path="/children/:childId/oversight/new">
        {(params) => <Guarded roles={['iro']}>{() => <ConcernStepPage childId={params.childId} caseId={null} step="RAISED" />}</Guarded>}
      </Route>
      <Route path="/children/:childId/oversight/:caseId">
        {(params) => <Guarded roles={['iro', 'team-manager']}>{() => <ConcernPage childId={params.childId} caseId={params.caseId} />}</Guarded>}
      </Route>
      <Route path="/children/:childId/oversight/:caseId/:step">
        {(params) => <Guarded roles={['iro']}>{() => <ConcernStepPage childId={params.childId} caseId={params.caseId} step={params.step} />}</Guarded>}
      </Route>
      <Route path="/access-denied" component={AccessDeniedPage} />
      <Route path="/service-unavailable">
        <ServiceUnavailablePage />
      </Route>
      <Route component={NotFoundPage} />
    </Switch>
  );
}
