// Keeps the forms app quick to load on a council laptop over a slow link: after
// `vite build` it prints the gzipped size of the main JavaScript and fails the
// build when it is over budget.
import { gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

export interface BudgetVerdict {
  readonly fileName: string;
  readonly gzippedBytes: number;
  readonly budgetBytes: number;
  readonly withinBudget: boolean;
  readonly line: string;
}

/** Judges one emitted file against its budget and words the verdict for the build log. */
export function judgeBundle(fileName: string, code: string | Uint8Array, budgetBytes: number): BudgetVerdict {
  const gzippedBytes = gzipSync(code, { level: 9 }).length;
  const kb = (bytes: number) => (bytes / 1024).toFixed(1);
  const withinBudget = gzippedBytes <= budgetBytes;
  const line = `${withinBudget ? 'within budget' : 'OVER BUDGET'}: ${fileName} is ${kb(gzippedBytes)} KB gzipped (budget ${kb(budgetBytes)} KB)`;
  return { fileName, gzippedBytes, budgetBytes, withinBudget, line };
}

export function bundleBudget(options: { mainJsKb: number }): Plugin {
  const budgetBytes = options.mainJsKb * 1024;
  return {
    name: 'cynnig-bundle-budget',
    apply: 'build',
    generateBundle(_output, bundle) {
      for (const item of Object.values(bundle)) {
        if (item.type === 'asset' && item.fileName.endsWith('.css')) {
          const css = judgeBundle(item.fileName, item.source, Number.POSITIVE_INFINITY);
          this.info(`stylesheet ${item.fileName} is ${(css.gzippedBytes / 1024).toFixed(1)} KB gzipped`);
        }
      }
      const entries = Object.values(bundle).filter((item) => item.type === 'chunk' && item.isEntry);
      for (const entry of entries) {
        if (entry.type !== 'chunk') continue;
        const verdict = judgeBundle(entry.fileName, entry.code, budgetBytes);
        // Printed plainly so the figure shows in every build log, not only on failure.
        process.stdout.write(`[bundle-budget] ${verdict.line}\n`);
        if (!verdict.withinBudget) this.error(verdict.line);
      }
    },
  };
}
