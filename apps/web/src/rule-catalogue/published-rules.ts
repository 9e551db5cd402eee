// Where the catalogue page gets its rules: @cynnig/rules' generated `ruleCatalogue`
// (titles, explanations, basis, the condition and consequence in words), with each
// parameter's full definition (unit, limits) from the same package's rule book so the
// page can word defaults and ranges itself. Checked with zod when the page loads, so a
// change in the rules package's shape fails loudly in a test rather than quietly here.
import { ruleBook, ruleCatalogue } from '@cynnig/rules';
import { z } from 'zod';
import { catalogueRuleSchema, type CatalogueRule } from './catalogue-rule';

export const publishedRules: readonly CatalogueRule[] = z.array(catalogueRuleSchema).parse(
  ruleCatalogue.map((entry) => {
    const rule = ruleBook.find((candidate) => candidate.id === entry.id);
    return {
      id: entry.id,
      version: entry.version,
      set: entry.set,
      enabledByDefault: entry.enabledByDefault,
      title: entry.title,
      explanation: entry.explanation,
      basis: { kind: entry.basis.kind, citation: entry.basis.citation },
      parameters: rule?.parameters ?? {},
      condition: entry.condition,
      consequence: entry.consequence,
    };
  }),
);
