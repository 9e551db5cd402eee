// Every page of the forms app and who may see it. New journeys add one <Route> here.
import { Route, Switch } from 'wouter';
import { HomePage } from '../home/HomePage';
import { AccessDeniedPage } from '../pages/access-denied/AccessDeniedPage';
import { NotFoundPage } from '../pages/not-found/NotFoundPage';
import { ServiceUnavailablePage } from '../pages/service-unavailable/ServiceUnavailablePage';
import { SessionTimedOutPage } from '../pages/session-timed-out/SessionTimedOutPage';
import { SignInPage } from '../pages/sign-in/SignInPage';
import { SignOutPage } from '../pages/sign-out/SignOutPage';
import { publishedRules } from '../rule-catalogue/published-rules';
import { RuleCataloguePage } from '../rule-catalogue/RuleCataloguePage';
import { RequireSignedIn } from '../shell/RequireSignedIn';

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
        <RuleCataloguePage rules={publishedRules} />
      </Route>
      <Route path="/access-denied" component={AccessDeniedPage} />
      <Route path="/service-unavailable">
        <ServiceUnavailablePage />
      </Route>
      <Route component={NotFoundPage} />
    </Switch>
  );
}
