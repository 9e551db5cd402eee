// The rules Cynnig ships with (packages/rules), as the service layer calls them: the due items
// alone, worked out without json-rules-engine (which only explanations need).
import { dueItemsOfChild, type RuleOverrides } from '@cynnig/rules';
import type { ChildRules } from './child-rules.js';

export const packagedRules: ChildRules = {
  async evaluate(record, referenceDate, overrides) {
    return dueItemsOfChild(record, referenceDate, overrides as RuleOverrides);
  },
};
