// The benchmark's figures as a table: each with its baseline measured in the same run, the ratio,
// and the target it is reported against; printed, and written to var/bench/results-<date>.json and .md.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface Figure {
  readonly name: string;
  readonly value: number;
  readonly unit: string;
  readonly baselineName: string;
  readonly baseline: number;
  /** Higher is better (throughput) or lower is better (latency, size, time). */
  readonly better: 'higher' | 'lower';
  readonly target?: { readonly text: string; readonly met: boolean };
  readonly note?: string;
}

export interface BenchContext {
  readonly date: string;
  readonly machine: string;
  readonly command: string;
  readonly population: string;
}

const shown = (value: number) => (Math.abs(value) >= 100 ? Math.round(value).toLocaleString('en-GB') : value.toFixed(value >= 10 ? 1 : 2));

/** value / baseline: how many times the baseline this figure is. */
export const ratioOf = (figure: Figure) => (figure.baseline === 0 ? Number.NaN : figure.value / figure.baseline);

export function markdownTable(context: BenchContext, figures: readonly Figure[]): string {
  const lines = [
    `Measured ${context.date} on ${context.machine}, with \`${context.command}\`; ${context.population}.`,
    '',
    '| figure | value | baseline (same run) | ratio | target |',
    '|---|---:|---|---:|---|',
    ...figures.map((figure) => {
      const target = figure.target ? `${figure.target.met ? 'met' : 'missed'}: ${figure.target.text}` : '';
      const ratio = Number.isFinite(ratioOf(figure)) ? ratioOf(figure).toFixed(2) : 'n/a';
      return `| ${figure.name} | ${shown(figure.value)} ${figure.unit} | ${figure.baselineName}: ${shown(figure.baseline)} ${figure.unit} | ${ratio} | ${target} |`;
    }),
  ];
  const notes = figures.filter((figure) => figure.note).map((figure) => `- ${figure.name}: ${figure.note}`);
  return [...lines, ...(notes.length > 0 ? ['', ...notes] : []), ''].join('\n');
}

export function writeResults(folder: string, context: BenchContext, figures: readonly Figure[], extra: Record<string, unknown>): { json: string; markdown: string } {
  mkdirSync(folder, { recursive: true });
  const json = join(folder, `results-${context.date}.json`);
  const markdown = join(folder, `results-${context.date}.md`);
  writeFileSync(json, `${JSON.stringify({ ...context, figures: figures.map((figure) => ({ ...figure, ratio: ratioOf(figure) })), ...extra }, null, 2)}\n`);
  writeFileSync(markdown, markdownTable(context, figures));
  return { json, markdown };
}
