// `pnpm --filter @cynnig/rules catalogue`: regenerates src/rule-files/index.ts from the rule files
// on disk, then writes CATALOGUE.md and CATALOGUE.cy.md. The only part of the package that touches
// files; it is not part of the build.
import { readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderRuleFilesIndex } from './rule-files-index.js';

const packageRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const ruleFilesFolder = join(packageRoot, 'src', 'rule-files');

/** Rule file paths relative to src/rule-files, e.g. 'reoffer/reoffer-school-move.json'. */
export function listRuleFiles(folder = ruleFilesFolder): string[] {
  return readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((dir) => readdirSync(join(folder, dir.name)).filter((name) => name.endsWith('.json')).map((name) => `${dir.name}/${name}`))
    .sort();
}

async function main(): Promise<void> {
  writeFileSync(join(ruleFilesFolder, 'index.ts'), renderRuleFilesIndex(listRuleFiles()));
  // imported only now, so that the catalogue is built from the index just written
  const { renderCatalogueMarkdown, ruleCatalogue } = await import('./rule-catalogue.js');
  writeFileSync(join(packageRoot, 'CATALOGUE.md'), renderCatalogueMarkdown('en'));
  writeFileSync(join(packageRoot, 'CATALOGUE.cy.md'), renderCatalogueMarkdown('cy'));
  console.log(`catalogue: ${ruleCatalogue.length} rules written to CATALOGUE.md and CATALOGUE.cy.md`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
