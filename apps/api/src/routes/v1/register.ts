// Every /api/v1 route, registered in one place so the OpenAPI document lists them all.
import type { ApiRouter } from '../../app-router.js';
import type { RouteDeps } from '../route-deps.js';
import { registerGetActiveOffer } from './active-offer/get.js';
import { registerPostActiveOfferEvent } from './active-offer/post.js';
import { registerGetChildren } from './children/get.js';
import { registerUpdateMe } from './me/patch.js';
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
}
