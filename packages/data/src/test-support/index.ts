// Test support for packages that build on @cynnig/data: fresh databases on every engine.
export * from './test-database.js';
