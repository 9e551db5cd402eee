// The rules Cynnig ships with (packages/rules), as the service layer calls them.
import { evaluateChild, type RuleOverrides } from '@cynnig/rules';
import type { ChildRules } from './child-rules.js';

export const packagedRules: ChildRules = {
  async evaluate(record, referenceDate, overrides) {
    return (await evaluateChild(record, referenceDate, overrides as RuleOverrides)).dueItems;
  },
};
