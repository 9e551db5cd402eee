// The tables Cynnig keeps, as Kysely sees them. The same columns exist on SQLite and
// PostgreSQL: text for ids, dates ('YYYY-MM-DD'), UTC timestamps (ISO 8601) and JSON;
// integers (0 or 1) for yes/no, so every query reads the same on both engines.
import type { Generated } from 'kysely';

/** 0 or 1: a yes/no stored the same way on both engines. */
export type Flag = number;

export interface LocalAuthoritiesTable {
  code: string;
  name_en: string;
  name_cy: string;
  council_name_en: string;
  council_name_cy: string;
  children_looked_after_2024: number | null;
  fostered_inside_own_authority_2024: number;
}

export interface RegionsTable {
  id: string;
  kind: string;
  name_en: string;
  name_cy: string;
}

export interface RegionMembershipsTable {
  authority_code: string;
  region_id: string;
  from_on: string;
  to_on: string | null;
}

export interface AdvocacyProvidersTable {
  id: string;
  name: string;
  created_at: string;
}

export interface ProviderAuthoritiesTable {
  provider_id: string;
  authority_code: string;
}

export interface UsersTable {
  id: string;
  email: string;
  display_name: string;
  role: string;
  authority_code: string | null;
  provider_id: string | null;
  preferred_language: string;
  active: Flag;
  password_hash: string | null;
  failed_sign_ins: number;
  locked_until: string | null;
  created_at: string;
  updated_at: string;
  /** Moves on with every change an administrator makes (optimistic concurrency); sign-in counters leave it alone. */
  version: Generated<number>;
  /** When the account was closed; null while it is open. */
  deactivated_at: string | null;
}

export interface SessionsTable {
  /** A hash of the session token: the token itself is never stored. */
  id: string;
  user_id: string;
  csrf_token: string;
  created_at: string;
  expires_at: string;
  last_seen_at: string;
}

export interface ChildrenTable {
  id: string;
  authority_code: string;
  case_reference: string;
  given_name: string;
  family_name: string;
  date_of_birth: string;
  legal_status: string;
  preferred_language: string;
  first_language: string;
  other_language_name: string | null;
  /** JSON array of communication need codes. */
  communication_needs: string;
  disability: string;
  asylum_status: string;
  /** Stable pseudonym used in anything that leaves the authority. */
  pseudonym: string;
  /** The earliest date something falls due for this child: the sweep's index. */
  next_due_on: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface EntitlementsTable {
  id: string;
  child_id: string;
  basis: string;
  start_on: string;
  end_on: string | null;
  end_reason: string | null;
}

export interface PlacementsTable {
  id: string;
  child_id: string;
  type: string;
  start_on: string;
  end_on: string | null;
  /** 'wales' or 'outside-wales'. */
  location_kind: string;
  location_authority_code: string | null;
  location_description: string | null;
  home_has_visiting_advocacy: Flag | null;
  distance_from_home_km: number | null;
}

export interface AllocationsTable {
  id: string;
  child_id: string;
  role: string;
  user_id: string;
  start_on: string;
  end_on: string | null;
}

export interface LifeEventsTable {
  id: string;
  child_id: string;
  kind: string;
  occurred_on: string;
  note: string | null;
}

export interface ReviewsTable {
  id: string;
  child_id: string;
  kind: string;
  held_on: string;
  iro_user_id: string | null;
  advocacy_finding: string;
  spoke_to_child_privately: Flag;
  note: string | null;
}

/** The columns every workflow case table shares. */
export interface WorkflowCaseTableColumns {
  id: string;
  child_id: string;
  authority_code: string;
  state: string;
  /** JSON of the machine's persisted snapshot. */
  snapshot: string;
  machine_version: string;
  /** Optimistic concurrency: every save must name the version it read. */
  version: number;
  created_at: string;
  updated_at: string;
}

export interface ActiveOfferCasesTable extends WorkflowCaseTableColumns {
  /** The provider the current round was referred to: what a provider's scope sees. */
  provider_id: string | null;
}

export interface MissingEpisodesTable extends WorkflowCaseTableColumns {
  kind: string;
  risk_grade: string;
  started_at: string;
  ended_at: string | null;
  conversation_offered_at: string | null;
  conversation_held_at: string | null;
  conversation_declined: Flag;
  /** JSON array of exploitation indicator codes. */
  exploitation_indicators: string;
}

export interface OversightCasesTable extends WorkflowCaseTableColumns {
  rule_id: string | null;
  stage: string | null;
  respond_by: string | null;
}

/** The columns every append-only workflow event table shares. */
export interface WorkflowEventsTable {
  case_id: string;
  sequence: number;
  type: string;
  /** JSON of the whole event. */
  payload: string;
  recorded_at: string;
  recorded_by: string | null;
}

export interface OfferRoundsTable {
  case_id: string;
  round: number;
  child_id: string;
  state: string;
  trigger: string;
  triggered_on: string;
  provider_id: string | null;
  child_told_on: string | null;
  referred_on: string | null;
  offer_made_on: string | null;
  offer_language: string | null;
  mode: string | null;
  outcome: string | null;
  outcome_on: string | null;
  outcome_confirmed_on: string | null;
  advocacy_ended_on: string | null;
  is_reoffer: Flag;
}

export interface DueItemsTable {
  id: Generated<number>;
  child_id: string;
  authority_code: string;
  rule_id: string;
  rule_version: number;
  kind: string;
  /** JSON array of audiences; the for_* flags below repeat it so queues can use an index. */
  audience: string;
  for_social_worker: Flag;
  for_iro: Flag;
  for_provider: Flag;
  for_team_manager: Flag;
  due_on: string;
  severity: string;
  reason_en: string;
  reason_cy: string;
  facts: string;
  case_id: string | null;
  created_at: string;
}

export interface AuditLogTable {
  id: Generated<number>;
  at: string;
  user_id: string | null;
  role: string | null;
  /** The scope the action was taken in, e.g. 'authority:W06000015', 'provider:<id>', 'national'. */
  scope: string;
  action: string;
  child_id: string | null;
  request_id: string | null;
  detail: string;
}

export interface IdempotencyKeysTable {
  key: string;
  user_id: string;
  /** 'POST /children/...': a key is only reused for the same request. */
  method_path: string;
  request_hash: string;
  status: number;
  response: string;
  created_at: string;
}

export interface RuleParameterOverridesTable {
  authority_code: string;
  rule_id: string;
  parameters: string;
  version: number;
  updated_by: string | null;
  updated_at: string;
}

export interface ImportsTable {
  id: string;
  authority_code: string;
  file_name: string;
  file_hash: string;
  status: string;
  counts: string;
  created_by: string | null;
  created_at: string;
}

export interface Database {
  local_authorities: LocalAuthoritiesTable;
  regions: RegionsTable;
  region_memberships: RegionMembershipsTable;
  advocacy_providers: AdvocacyProvidersTable;
  provider_authorities: ProviderAuthoritiesTable;
  users: UsersTable;
  sessions: SessionsTable;
  children: ChildrenTable;
  entitlements: EntitlementsTable;
  placements: PlacementsTable;
  allocations: AllocationsTable;
  life_events: LifeEventsTable;
  reviews: ReviewsTable;
  active_offer_cases: ActiveOfferCasesTable;
  active_offer_events: WorkflowEventsTable;
  missing_episodes: MissingEpisodesTable;
  missing_episode_events: WorkflowEventsTable;
  oversight_cases: OversightCasesTable;
  oversight_events: WorkflowEventsTable;
  offer_rounds: OfferRoundsTable;
  due_items: DueItemsTable;
  audit_log: AuditLogTable;
  idempotency_keys: IdempotencyKeysTable;
  rule_parameter_overrides: RuleParameterOverridesTable;
  imports: ImportsTable;
}
