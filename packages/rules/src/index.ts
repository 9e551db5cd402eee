// @cynnig/rules: rules as reviewable data (one JSON file per rule) on json-rules-engine, the fact
// builder they read, the bilingual explanations and the rule catalogue. No I/O.
export { dueItemsOfChild, evaluateChild, explainChild, type ChildEvaluation, type ChildExplanation, type ExplanationLine } from './evaluate-child.js';
export type { RuleExplanation, ConditionExplanation, RuleOutcome } from './explain/rule-explanation.js';
export { buildChildFacts, type ChildFacts } from './facts/child-facts.js';
export { buildEpisodeFacts, type EpisodeFacts } from './facts/episode-facts.js';
export { factDictionary, type FactName } from './facts/fact-dictionary.js';
export { ruleBook } from './rule-book/default-rule-book.js';
export { loadRuleBook, type Rule, type RuleFileEntry } from './rule-book/rule-book.js';
export { ruleFileSchema, type RuleFile, type RuleSetName, type ParameterDefinition, type ParameterValue } from './rule-book/rule-file-schema.js';
export { configureRules, ruleOverridesSchema, type RuleOverrides, type ConfiguredRule } from './parameters/rule-settings.js';
export { ruleCatalogue, renderCatalogueMarkdown, ruleSetTitles, type CatalogueEntry, type CatalogueParameter } from './catalogue/rule-catalogue.js';
export { returnHomeConversationPrompts, returnHomeConversationParameters, type ReturnHomeConversationGuide, type ReturnHomeConversationParameters, type ConversationPrompt } from './return-home-conversation/return-home-conversation-prompts.js';
export { dueItemKindLabels, audienceLabels, oneOpenItemPerChild } from './due-items/due-item-kinds.js';
export * from './workflow-guards/index.js';
