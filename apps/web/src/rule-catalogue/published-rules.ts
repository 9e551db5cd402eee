// Where the catalogue page gets its rules. @cynnig/rules is to export the
// generated `ruleCatalogue`; until it does, this list is empty and the page says
// that no rules have been published. Wiring it is one import here.
import type { CatalogueRule } from './catalogue-rule';

export const publishedRules: readonly CatalogueRule[] = [];
