// Every /api/v1 route, registered in one place so the OpenAPI document lists them all.
import type { ApiRouter } from '../../app-router.js';
import type { RouteDeps } from '../route-deps.js';
import { registerGetActiveOffer } from './active-offer/get.js';
import { registerPostActiveOfferEvent } from './active-offer/post.js';
import { registerPostChildFacts } from './child-facts/post.js';
import { registerGetChildren } from './children/get.js';
import { registerGetAudit } from './audit/get.js';
import { registerUpdateMe } from './me/patch.js';
import { registerGetQueues } from './queues/get.js';
import { registerGetRuleParameters } from './rule-parameters/get.js';
import { registerPutRuleParameter } from './rule-parameters/put.js';
import { registerGetRules } from './rules/get.js';
import { registerPostSweep } from './sweep/post.js';
import { registerGetUsers } from './users/get.js';
import { registerPostUser } from './users/post.js';
import { registerGetMissingEpisodes } from './missing-episodes/get.js';
import { registerPostMissingEpisodes } from './missing-episodes/post.js';
import { registerGetOversight } from './oversight/get.js';
import { registerPostOversight } from './oversight/post.js';
import { registerSignOut } from './session/delete.js';
import { registerGetSession } from './session/get.js';
import { registerSignIn } from './session/post.js';

export function registerV1Routes(router: ApiRouter, deps: RouteDeps): void {
  registerGetSession(router, deps);
  registerSignIn(router, deps);
  registerSignOut(router, deps);
  registerUpdateMe(router, deps);
  registerGetChildren(router, deps);
  registerGetActiveOffer(router, deps);
  registerPostActiveOfferEvent(router, deps);
  registerGetMissingEpisodes(router, deps);
  registerPostMissingEpisodes(router, deps);
  registerGetOversight(router, deps);
  registerPostOversight(router, deps);
  registerPostChildFacts(router, deps);
  registerGetQueues(router, deps);
  registerGetRules(router, deps);
  registerGetRuleParameters(router, deps);
  registerPutRuleParameter(router, deps);
  registerGetUsers(router, deps);
  registerPostUser(router, deps);
  registerGetAudit(router, deps);
  registerPostSweep(router, deps);
}
