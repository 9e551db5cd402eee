// @cynnig/workflows: the Active Offer, missing episode and IRO oversight machines, and the
// pure engine the API and the forms app share. See this package's README.
export * from './engine/stored-snapshot.js';
export { applyEvent, allowedEvents, openingEvents, type WorkflowEffects, type WorkflowResult } from './engine/apply-event.js';
export { replay } from './engine/replay.js';
export { migrateSnapshot, snapshotMigrations } from './engine/snapshot-migrations.js';
export * from './workflow-labels.js';
export * from './workflow-notification.js';
export * from './active-offer/active-offer-context.js';
export { activeOfferMachine, activeOfferStates, type ActiveOfferState } from './active-offer/active-offer-machine.js';
export type { ActiveOfferContextV1, ActiveOfferContextV2 } from './active-offer/active-offer-migrations.js';
export { activeOfferRestartEvent } from './active-offer/entitlement-restart.js';
export * from './missing-episode/missing-episode-context.js';
export { missingEpisodeMachine, missingEpisodeStates, type MissingEpisodeState } from './missing-episode/missing-episode-machine.js';
export * from './oversight/oversight-context.js';
export { oversightMachine, oversightStates, type OversightState } from './oversight/oversight-machine.js';
