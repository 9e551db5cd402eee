// @cynnig/rules: see this package's README for what lives here.
export {};
export * from './workflow-guards/index.js';
