// The `generate` command: writes a synthetic population as NDJSON (one JSON value a line: a
// header, the providers, the users, then one line per child) and reports progress on stderr,
// with a progress bar on a terminal and plain percentage lines otherwise.
import fs from 'node:fs';
import { once } from 'node:events';
import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';
import { CynnigError } from '@cynnig/domain';
import { generatePopulation } from './generate-population.js';

export interface CommandOutput {
  write(text: string): void;
  isTTY?: boolean;
}

export interface GenerateSummary {
  file: string;
  children: number;
  lookedAfter: number;
  careLeavers: number;
  childProtection: number;
  users: number;
  providers: number;
  activeOfferEvents: number;
  missingEpisodes: number;
  seconds: number;
}

const usage = 'Usage: generate --seed <number> [--scale <number>] [--reference-date YYYY-MM-DD] --out <file.ndjson>';

function badOption(option: string, en: string, cy: string): CynnigError {
  return new CynnigError({ code: `generate.${option}.invalid`, message: { en: `${en}. ${usage}`, cy: `${cy}. ${usage}` }, path: [option] });
}

export async function runGenerateCommand(argv: readonly string[], stderr: CommandOutput, today = new Date().toISOString().slice(0, 10)): Promise<GenerateSummary> {
  const { values } = parseArgs({
    // `pnpm generate -- --seed 1` passes the separator through; it is not an argument.
    args: argv[0] === '--' ? argv.slice(1) : [...argv],
    options: { seed: { type: 'string' }, scale: { type: 'string', default: '1' }, 'reference-date': { type: 'string' }, out: { type: 'string' } },
    strict: true,
  });
  const seed = Number(values.seed);
  if (values.seed === undefined || !Number.isInteger(seed)) throw badOption('seed', '--seed must be a whole number', 'Rhaid i --seed fod yn rhif cyfan');
  const scale = Number(values.scale);
  if (!(scale > 0) || scale > 100) throw badOption('scale', '--scale must be a number above 0 and at most 100', 'Rhaid i --scale fod yn rhif uwch na 0 a dim mwy na 100');
  if (!values.out) throw badOption('out', '--out must name the file to write', 'Rhaid i --out enwi\'r ffeil i\'w hysgrifennu');
  const referenceDate = values['reference-date'] ?? today;
  let population;
  try {
    population = generatePopulation({ seed, scale, referenceDate });
  } catch {
    throw badOption('reference-date', '--reference-date must be a real date in the form YYYY-MM-DD', 'Rhaid i --reference-date fod yn ddyddiad go iawn ar ffurf BBBB-MM-DD');
  }

  const started = Date.now();
  const out = fs.createWriteStream(values.out);
  const write = async (value: unknown) => {
    if (!out.write(`${JSON.stringify(value)}\n`)) await once(out, 'drain');
  };
  const total = population.counts.total;
  const bar = stderr.isTTY ? new cliProgress.SingleBar({ format: 'Generating {bar} {percentage}% | {value}/{total} children | {eta_formatted} left', stream: process.stderr }, cliProgress.Presets.shades_classic) : null;
  bar?.start(total, 0);
  let lastReported = -1;
  const report = (done: number) => {
    if (bar) {
      if (done % 100 === 0 || done === total) bar.update(done);
      return;
    }
    const percent = Math.floor((done / total) * 100);
    if (percent >= lastReported + 10 || done === total) {
      lastReported = percent - (percent % 10);
      stderr.write(`generated ${percent}% (${done} of ${total} children)\n`);
    }
  };

  await write({ type: 'population', seed, scale, referenceDate, windowStart: population.windowStart, counts: population.counts });
  for (const provider of population.providers) await write({ type: 'provider', provider });
  for (const user of population.users) await write({ type: 'user', user });
  let done = 0;
  let activeOfferEvents = 0;
  let missingEpisodes = 0;
  for (const child of population) {
    await write({ type: 'child', ...child });
    done += 1;
    activeOfferEvents += child.activeOfferEvents.length;
    missingEpisodes += child.missingEpisodes.length;
    report(done);
  }
  out.end();
  await once(out, 'finish');
  bar?.stop();
  const summary: GenerateSummary = {
    file: values.out,
    children: done,
    lookedAfter: population.counts.lookedAfter,
    careLeavers: population.counts.careLeavers,
    childProtection: population.counts.childProtection,
    users: population.users.length,
    providers: population.providers.length,
    activeOfferEvents,
    missingEpisodes,
    seconds: Math.round((Date.now() - started) / 100) / 10,
  };
  stderr.write(
    `Wrote ${summary.children} children (${summary.lookedAfter} looked after, ${summary.careLeavers} care leavers, ${summary.childProtection} child protection), ` +
      `${summary.users} users, ${summary.providers} providers, ${summary.activeOfferEvents} Active Offer events and ${summary.missingEpisodes} missing episodes ` +
      `to ${summary.file} in ${summary.seconds} s (seed ${seed}, scale ${scale}, as at ${referenceDate}).\n`,
  );
  return summary;
}
