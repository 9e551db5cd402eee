// Test support for packages that build on @cynnig/data: fresh databases on every engine and
// small valid fixtures.
export * from './test-database.js';
export * from './fixtures.js';
