// The first Active Offer: the scenario rows in initial-offer.scenarios.ts, rule by rule.
import { runScenarioTable } from '../../test-support/rule-scenario.js';
import { initialOfferScenarios } from './initial-offer.scenarios.js';

runScenarioTable(initialOfferScenarios);
