// `pnpm --filter @cynnig/rules bench`: evaluates every rule set for a Wales-sized and a UK-sized
// population and prints children per second, with the re-offer rules measured against a plain
// TypeScript version of them in the same run. CYNNIG_BENCH_SCALE=0.1 runs a tenth of each size.
import type { ChildRecord, IsoDate } from '@cynnig/domain';
import fc from 'fast-check';
import { evaluateChild } from '../evaluate-child.js';
import type { RuleOverrides } from '../parameters/rule-settings.js';
import { ruleBook } from '../rule-book/default-rule-book.js';
import { childRecordArbitrary } from '../test-support/child-record-arbitrary.js';
import { plainReofferDueOn } from './plain-reoffer.js';

const referenceDate: IsoDate = '2026-03-31';
const sizeFactor = Number(process.env['CYNNIG_BENCH_SCALE'] ?? '1');

type Generate = (options: { seed: number; scale: number; referenceDate: string }) => Iterable<{ record: ChildRecord }>;

/** Children from the synthetic population generator in @cynnig/data, or from the test arbitrary if it is not available. */
async function population(scale: number): Promise<{ source: string; records: ChildRecord[] }> {
  const data = (await import('@cynnig/data').catch(() => null)) as { generatePopulation?: Generate } | null;
  if (data?.generatePopulation) {
    const records: ChildRecord[] = [];
    for (const child of data.generatePopulation({ seed: 2026, scale, referenceDate })) records.push(child.record);
    return { source: '@cynnig/data generatePopulation', records };
  }
  const count = Math.round(7_200 * scale * 1.3);
  return { source: 'fast-check child record arbitrary (population generator not available)', records: fc.sample(childRecordArbitrary, { numRuns: count, seed: 2026 }) };
}

async function timed<T>(work: () => Promise<T> | T): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await work();
  return { ms: performance.now() - start, value };
}

/** Only the re-offer rules switched on, for a like-for-like comparison with the plain version. */
const reofferOnly: RuleOverrides = Object.fromEntries(ruleBook.filter((rule) => rule.set !== 'reoffer').map((rule) => [rule.id, { enabled: false }]));

async function measure(name: string, scale: number): Promise<void> {
  const { source, records } = await population(scale);
  await evaluateChild(records[0] as ChildRecord, referenceDate); // builds the engines once
  await evaluateChild(records[0] as ChildRecord, referenceDate, reofferOnly);

  const all = await timed(async () => {
    let items = 0;
    for (const record of records) items += (await evaluateChild(record, referenceDate)).dueItems.length;
    return items;
  });
  const engine = await timed(async () => {
    const due: (string | null)[] = [];
    for (const record of records) due.push((await evaluateChild(record, referenceDate, reofferOnly)).dueItems.find((item) => item.kind === 'reoffer')?.dueOn ?? null);
    return due;
  });
  const plain = await timed(() => records.map((record) => plainReofferDueOn(record, referenceDate)));
  const agree = engine.value.filter((due, i) => due === plain.value[i]).length;

  const perSecond = (ms: number) => Math.round(records.length / (ms / 1000));
  console.log(`\n${name}: ${records.length.toLocaleString('en-GB')} children (${source}), reference date ${referenceDate}`);
  console.log(`  all rule sets (${ruleBook.length} rules) through json-rules-engine: ${perSecond(all.ms).toLocaleString('en-GB')} children/s, ${(all.ms / 1000).toFixed(1)} s, ${all.value.toLocaleString('en-GB')} due items`);
  console.log(`  re-offer rules only, json-rules-engine:  ${perSecond(engine.ms).toLocaleString('en-GB')} children/s`);
  console.log(`  re-offer rules only, plain TypeScript:   ${perSecond(plain.ms).toLocaleString('en-GB')} children/s`);
  console.log(`  ratio (plain / engine): ${(engine.ms / plain.ms).toFixed(1)}x; same re-offer due date for ${agree.toLocaleString('en-GB')} of ${records.length.toLocaleString('en-GB')} children`);
}

await measure('Wales-sized population', 1 * sizeFactor);
await measure('UK-sized population', 14 * sizeFactor);
