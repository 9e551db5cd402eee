// The small pure checks the workflow machines (packages/workflows) ask before a step is taken.
export * from './workflow-parameters.js';
export * from './active-offer-guards.js';
export * from './entitlement-guards.js';
export * from './missing-episode-guards.js';
export * from './oversight-guards.js';
