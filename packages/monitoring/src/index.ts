// @cynnig/monitoring: national monitoring measures defined once, disclosure control, exports and imports. Pure.
export * from './period/financial-quarter.js';
export * from './measures/dimensions.js';
export * from './measures/measure.js';
export * from './measures/measure-result.js';
export * from './measures/measure-catalogue.js';
export * from './measures/child-facts.js';
export * from './measures/compute.js';
export * from './disclosure/apply-disclosure.js';
export * from './disclosure/secondary-suppression.js';
export * from './disclosure/table-lines.js';
export * from './disclosure/legend.js';
