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

/** Judges emitted code (one file, or the files loaded together, each gzipped as served) against its budget. */
export function judgeBundle(fileName: string, code: string | Uint8Array | readonly (string | Uint8Array)[], budgetBytes: number): BudgetVerdict {
  const pieces = Array.isArray(code) ? code : [code as string | Uint8Array];
  const gzippedBytes = pieces.reduce((total, piece) => total + gzipSync(piece, { level: 9 }).length, 0);
  const kb = (bytes: number) => (bytes / 1024).toFixed(1);
  const withinBudget = gzippedBytes <= budgetBytes;
  const line = `${withinBudget ? 'within budget' : 'OVER BUDGET'}: ${fileName} is ${kb(gzippedBytes)} KB gzipped (budget ${kb(budgetBytes)} KB)`;
  return { fileName, gzippedBytes, budgetBytes, withinBudget, line };
}

/**
 * The chunks a browser must fetch before the first page shows: the entry and everything it
 * imports statically, transitively. Pages loaded with React.lazy are left out, as they come later.
 */
export function initialChunks(entry: string, importsOf: (fileName: string) => readonly string[]): string[] {
  const seen = new Set<string>();
  const visit = (fileName: string) => {
    if (seen.has(fileName)) return;
    seen.add(fileName);
    for (const imported of importsOf(fileName)) visit(imported);
  };
  visit(entry);
  return [...seen];
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
        // The main bundle is what the first page needs: the entry and its static imports.
        const files = initialChunks(entry.fileName, (fileName) => {
          const chunk = bundle[fileName];
          return chunk && chunk.type === 'chunk' ? chunk.imports : [];
        });
        const pieces = files.map((fileName) => {
          const chunk = bundle[fileName];
          return chunk && chunk.type === 'chunk' ? chunk.code : '';
        });
        const verdict = judgeBundle(files.length > 1 ? `${entry.fileName} with the ${files.length - 1} chunks it imports` : entry.fileName, pieces, budgetBytes);
        // Printed plainly so the figure shows in every build log, not only on failure.
        process.stdout.write(`[bundle-budget] ${verdict.line}\n`);
        if (!verdict.withinBudget) this.error(verdict.line);
      }
    },
  };
}
