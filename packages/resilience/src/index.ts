// @cynnig/resilience: Cynnig under load and faults. See this package's README.
export * from './api-process/api-entry-point.js';
export * from './api-process/api-process.js';
export * from './api-process/api-command.js';
export * from './population/seed-population.js';
export * from './population/workload-accounts.js';
export * from './population/workload-children.js';
export * from './scenario/sqlite-population.js';
export * from './scenario/deployment.js';
export * from './workload/api-agent.js';
export * from './workload/mixed-workload.js';
export * from './workload/write-log.js';
export * from './verification/run-verdict.js';
export * from './crash/kill-loop.js';
export * from './faults/postgres-outage.js';
export * from './faults/small-filesystem.js';
export * from './faults/outage-run.js';
export * from './postgres/throwaway-database.js';
