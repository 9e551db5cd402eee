// Every measure Cynnig publishes, in catalogue order. This list is the single definition: the
// engine counts it, MEASURES.md is generated from it, and exports pick sections out of it.
import { childMeasures } from './catalogue/children.js';
import { missingMeasures } from './catalogue/missing.js';
import { offerMeasures } from './catalogue/offers.js';
import { referralMeasures } from './catalogue/referrals.js';
import type { MeasureDefinition, MeasurePartition } from './measure.js';
import { referralsByTrigger } from './catalogue/referrals.js';

export const measureCatalogue: readonly MeasureDefinition[] = [...childMeasures, ...offerMeasures, ...missingMeasures, ...referralMeasures];

/** Counts in the catalogue that add up exactly; tests check each one holds on generated data. */
export const measurePartitions: readonly MeasurePartition[] = [
  { total: 'offer-outcomes', parts: ['offers-accepted', 'offers-declined', 'offers-could-not-contact'] },
  { total: 'offers-answered', parts: ['offers-accepted', 'offers-declined'] },
  { total: 'referrals', parts: referralsByTrigger.map((measure) => measure.id) },
];

/**
 * Checks a list of measures can be computed together: ids are unique and every ratio or
 * percentile names counts that are in the list. Throws with the first problem found.
 */
export function checkMeasures(measures: readonly MeasureDefinition[]): void {
  const byId = new Map<string, MeasureDefinition>();
  for (const measure of measures) {
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(measure.id)) throw new Error(`measure id ${measure.id} is not kebab-case`);
    if (byId.has(measure.id)) throw new Error(`measure ${measure.id} is defined twice`);
    byId.set(measure.id, measure);
  }
  const needCount = (from: string, id: string) => {
    const target = byId.get(id);
    if (!target || target.kind !== 'count') throw new Error(`measure ${from} needs the count ${id}, which is not in the list`);
  };
  for (const measure of measures) {
    if (measure.kind === 'ratio') {
      needCount(measure.id, measure.numeratorId);
      needCount(measure.id, measure.denominatorId);
    }
    if (measure.kind === 'percentile') needCount(measure.id, measure.countId);
  }
}

/** The measures with these ids plus the counts they are computed from, in catalogue order. */
export function measuresWithInputs(ids: readonly string[], catalogue: readonly MeasureDefinition[] = measureCatalogue): MeasureDefinition[] {
  const wanted = new Set(ids);
  for (const measure of catalogue) {
    if (!wanted.has(measure.id)) continue;
    if (measure.kind === 'ratio') wanted.add(measure.numeratorId).add(measure.denominatorId);
    if (measure.kind === 'percentile') wanted.add(measure.countId);
  }
  const unknown = ids.filter((id) => !catalogue.some((measure) => measure.id === id));
  if (unknown.length > 0) throw new Error(`unknown measures: ${unknown.join(', ')}`);
  return catalogue.filter((measure) => wanted.has(measure.id));
}
