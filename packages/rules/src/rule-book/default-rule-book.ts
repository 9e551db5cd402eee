// The rule book Cynnig ships: every rule file in src/rule-files, checked once when the module loads.
// A malformed file stops the package from loading, with the file's name and the problem.
import { ruleFiles } from '../rule-files/index.js';
import { loadRuleBook, type Rule } from './rule-book.js';

/** Every rule, checked, in catalogue order (by set, then id). */
export const ruleBook: readonly Rule[] = loadRuleBook(ruleFiles);
