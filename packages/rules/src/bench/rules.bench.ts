// `pnpm --filter @cynnig/rules bench`: evaluates every rule set for a Wales-sized and a UK-sized
// population and prints children per second, through json-rules-engine and through the direct
// evaluator the API and the sweep use, with the re-offer rules measured against a plain
// TypeScript version of them in the same run. Children are generated and measured in batches so
// the UK-sized population never sits in memory at once. CYNNIG_BENCH_SCALE, as in every Cynnig
// benchmark, is the population scale: when set, that one population is measured (0.2 for a quick look).
import type { ChildRecord, IsoDate } from '@cynnig/domain';
import fc from 'fast-check';
import { dueItemsOfChild, evaluateChild } from '../evaluate-child.js';
import type { RuleOverrides } from '../parameters/rule-settings.js';
import { ruleBook } from '../rule-book/default-rule-book.js';
import { childRecordArbitrary } from '../test-support/child-record-arbitrary.js';
import { plainReofferDueOn } from './plain-reoffer.js';

const referenceDate: IsoDate = '2026-03-31';
const askedScale = process.env['CYNNIG_BENCH_SCALE']?.trim();
const BATCH = 2_000;

type Generate = (options: { seed: number; scale: number; referenceDate: string }) => { children(): Iterable<{ record: ChildRecord }> };

/** Children from the synthetic population generator in @cynnig/data, or from the test arbitrary if it is not available. */
async function population(scale: number): Promise<{ source: string; records: Iterable<ChildRecord> }> {
  const data = (await import('@cynnig/data').catch(() => null)) as { generatePopulation?: Generate } | null;
  if (data?.generatePopulation) {
    const generated = data.generatePopulation({ seed: 2026, scale, referenceDate });
    return { source: '@cynnig/data generatePopulation, seed 2026', records: (function* () { for (const child of generated.children()) yield child.record; })() };
  }
  const count = Math.round(9_000 * scale);
  return { source: 'fast-check child record arbitrary', records: fc.sample(childRecordArbitrary, { numRuns: count, seed: 2026 }) };
}

function* batches<T>(items: Iterable<T>, size: number): Generator<T[]> {
  let batch: T[] = [];
  for (const item of items) {
    batch.push(item);
    if (batch.length === size) { yield batch; batch = []; }
  }
  if (batch.length > 0) yield batch;
}

/** Only the re-offer rules switched on, for a like-for-like comparison with the plain version. */
const reofferOnly: RuleOverrides = Object.fromEntries(ruleBook.filter((rule) => rule.set !== 'reoffer').map((rule) => [rule.id, { enabled: false }]));

async function measure(name: string, scale: number): Promise<void> {
  const { source, records } = await population(scale);
  const totals = { children: 0, all: 0, direct: 0, engine: 0, plain: 0, items: 0, directItems: 0, agree: 0 };
  let warmed = false;
  for (const batch of batches(records, BATCH)) {
    if (!warmed) {
      await evaluateChild(batch[0] as ChildRecord, referenceDate); // builds the engines once
      await evaluateChild(batch[0] as ChildRecord, referenceDate, reofferOnly);
      warmed = true;
    }
    let start = performance.now();
    for (const record of batch) totals.items += (await evaluateChild(record, referenceDate)).dueItems.length;
    totals.all += performance.now() - start;
    start = performance.now();
    for (const record of batch) totals.directItems += (await dueItemsOfChild(record, referenceDate)).length;
    totals.direct += performance.now() - start;
    start = performance.now();
    const engine: (string | null)[] = [];
    for (const record of batch) engine.push((await evaluateChild(record, referenceDate, reofferOnly)).dueItems.find((item) => item.kind === 'reoffer')?.dueOn ?? null);
    totals.engine += performance.now() - start;
    start = performance.now();
    const plain = batch.map((record) => plainReofferDueOn(record, referenceDate));
    totals.plain += performance.now() - start;
    totals.agree += engine.filter((due, i) => due === plain[i]).length;
    totals.children += batch.length;
  }
  const perSecond = (ms: number) => Math.round(totals.children / (ms / 1000)).toLocaleString('en-GB');
  console.log(`\n${name}: ${totals.children.toLocaleString('en-GB')} children (${source}), reference date ${referenceDate}`);
  console.log(`  all rule sets (${ruleBook.length} rules), json-rules-engine: ${perSecond(totals.all)} children/s (${(totals.all / 1000).toFixed(1)} s, ${totals.items.toLocaleString('en-GB')} due items)`);
  console.log(`  all rule sets, direct evaluator (dueItemsOfChild, what the API and the sweep run): ${perSecond(totals.direct)} children/s (${(totals.direct / 1000).toFixed(1)} s, ${totals.directItems.toLocaleString('en-GB')} due items; ${(totals.all / totals.direct).toFixed(1)}x the engine)`);
  console.log(`  re-offer rules only, json-rules-engine: ${perSecond(totals.engine)} children/s`);
  console.log(`  re-offer rules only, plain TypeScript:  ${perSecond(totals.plain)} children/s`);
  console.log(`  plain TypeScript is ${(totals.engine / totals.plain).toFixed(1)}x faster on the re-offer rules; both give the same re-offer due date for ${totals.agree.toLocaleString('en-GB')} of ${totals.children.toLocaleString('en-GB')} children`);
}

console.log(`@cynnig/rules benchmark, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}`);
if (askedScale) await measure(`population at scale ${askedScale}`, Number(askedScale));
else {
  await measure('Wales-sized population (scale 1)', 1);
  await measure('UK-sized population (scale 14)', 14);
}
