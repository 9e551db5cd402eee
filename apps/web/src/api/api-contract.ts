// The forms app's reading of the API, checked against the API's published OpenAPI document when
// the app is type-checked. `openapi-types.ts` is generated from apps/api/openapi.json
// (`pnpm --filter @cynnig/web api-types`); every schema the pages read an answer with must accept
// every answer the document says the route gives. A field renamed, removed or retyped in the API
// fails `pnpm typecheck` here instead of failing a person on a page.
import type { z } from 'zod';
import type { managedUserSchema, ruleSettingSchema } from './administration';
import type { childrenPageSchema, childViewSchema, timelineEntrySchema } from './children';
import type { dashboardSchema } from './monitoring';
import type { problemDocumentSchema } from './problem';
import type { commissionedProvidersSchema } from './providers';
import type { inboxSchema, queuePageSchema } from './queues';
import type { sessionSchema } from './session';
import type { activeOfferViewSchema, caseListSchema, caseViewSchema } from './workflow-cases';
import type { paths } from './openapi-types';

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

/** The JSON body the document gives for one answer of one operation. */
export type DocumentedAnswer<P extends keyof paths, M extends Method, S extends number> = paths[P][M] extends { responses: infer R }
  ? S extends keyof R
    ? R[S] extends { content: { 'application/json': infer B } } ? B : R[S] extends { content: { 'application/problem+json': infer B } } ? B : never
    : never
  : never;

/** What a schema of the forms app reads, as the object it ends up with once parsed. */
type Read<S extends z.ZodType> = z.input<S>;

/** `true` when every documented answer is something the forms app's schema reads; otherwise why not. */
type Reads<Documented, Ours> = [Documented] extends [never]
  ? 'the document gives no JSON answer for this route and status'
  : [Documented] extends [Ours]
    ? true
    : 'the API documents an answer this schema does not read';

/** Compiles only for `true`. */
type Holds<Check extends true> = Check;

/** Every route the forms app reads, with the schema it reads the answer with. */
export type ApiContract = [
  Holds<Reads<DocumentedAnswer<'/api/v1/session', 'get', 200>, Read<typeof sessionSchema>>>,
  Holds<Reads<DocumentedAnswer<'/api/v1/session', 'post', 200>, Read<typeof sessionSchema>>>,
  Holds<Reads<DocumentedAnswer<'/api/v1/children', 'get', 200>, Read<typeof childrenPageSchema>>>,
  Holds<Reads<DocumentedAnswer<'/api/v1/children/{childId}', 'get', 200>, Read<typeof childViewSchema>>>,
  Holds<Reads<DocumentedAnswer<'/api/v1/children/{childId}/timeline', 'get', 200>['items'][number], Read<typeof timelineEntrySchema>>>,
  Holds<Reads<DocumentedAnswer<'/api/v1/children/{childId}/active-offer', 'get', 200>, Read<typeof activeOfferViewSchema>>>,
  Holds<Reads<DocumentedAnswer<'/api/v1/children/{childId}/active-offer/events', 'post', 201>, Read<typeof activeOfferViewSchema>>>,
  Holds<Reads<DocumentedAnswer<'/api/v1/children/{childId}/missing-episodes', 'get', 200>, Read<typeof caseListSchema>>>,
  Holds<Reads<DocumentedAnswer<'/api/v1/children/{childId}/missing-episodes/{caseId}', 'get', 200>, Read<typeof caseViewSchema>>>,
  Holds<Reads<DocumentedAnswer<'/api/v1/children/{childId}/missing-episodes', 'post', 201>, Read<typeof caseViewSchema>>>,
  Holds<Reads<DocumentedAnswer<'/api/v1/children/{childId}/missing-episodes/{caseId}/events', 'post', 201>, Read<typeof caseViewSchema>>>,
  Holds<Reads<DocumentedAnswer<'/api/v1/children/{childId}/oversight', 'get', 200>, Read<typeof caseListSchema>>>,
  Holds<Reads<DocumentedAnswer<'/api/v1/children/{childId}/oversight/{caseId}', 'get', 200>, Read<typeof caseViewSchema>>>,
  Holds<Reads<DocumentedAnswer<'/api/v1/children/{childId}/oversight', 'post', 201>, Read<typeof caseViewSchema>>>,
  Holds<Reads<DocumentedAnswer<'/api/v1/children/{childId}/oversight/{caseId}/events', 'post', 201>, Read<typeof caseViewSchema>>>,
  Holds<Reads<DocumentedAnswer<'/api/v1/queues/caseload', 'get', 200>, Read<typeof queuePageSchema>>>,
  Holds<Reads<DocumentedAnswer<'/api/v1/queues/team', 'get', 200>, Read<typeof queuePageSchema>>>,
  Holds<Reads<DocumentedAnswer<'/api/v1/queues/iro', 'get', 200>, Read<typeof queuePageSchema>>>,
  Holds<Reads<DocumentedAnswer<'/api/v1/queues/provider-inbox', 'get', 200>, Read<typeof inboxSchema>>>,
  Holds<Reads<DocumentedAnswer<'/api/v1/providers', 'get', 200>, Read<typeof commissionedProvidersSchema>>>,
  Holds<Reads<DocumentedAnswer<'/api/v1/users', 'get', 200>['items'][number], Read<typeof managedUserSchema>>>,
  Holds<Reads<DocumentedAnswer<'/api/v1/users/{userId}', 'get', 200>, Read<typeof managedUserSchema>>>,
  Holds<Reads<DocumentedAnswer<'/api/v1/users/{userId}', 'patch', 200>, Read<typeof managedUserSchema>>>,
  Holds<Reads<DocumentedAnswer<'/api/v1/users', 'post', 201>, Read<typeof managedUserSchema>>>,
  Holds<Reads<DocumentedAnswer<'/api/v1/users/{userId}/unlock', 'post', 200>, Read<typeof managedUserSchema>>>,
  Holds<Reads<DocumentedAnswer<'/api/v1/rule-parameters', 'get', 200>['items'][number], Read<typeof ruleSettingSchema>>>,
  Holds<Reads<DocumentedAnswer<'/api/v1/rule-parameters/{ruleId}', 'put', 200>, Read<typeof ruleSettingSchema>>>,
  Holds<Reads<DocumentedAnswer<'/api/v1/monitoring/dashboard', 'get', 200>, Read<typeof dashboardSchema>>>,
  Holds<Reads<DocumentedAnswer<'/api/v1/children', 'get', 422>, Read<typeof problemDocumentSchema>>>,
];
