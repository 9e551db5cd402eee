// @cynnig/data: the only package that talks to a database. See this package's README.
export * from './database/config.js';
export * from './database/schema.js';
export * from './database/engine.js';
export * from './database/open-database.js';
export * from './database/transaction.js';
export * from './database/child-scope-filter.js';
export * from './scope.js';
export * from './migrations/index.js';
export * from './repositories/reference-data-repository.js';
