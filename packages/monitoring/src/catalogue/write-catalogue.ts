// `pnpm --filter @cynnig/monitoring catalogue`: regenerates MEASURES.md from the measure definitions.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { measuresMarkdown } from './measures-markdown.js';

const target = fileURLToPath(new URL('../../MEASURES.md', import.meta.url));
writeFileSync(target, measuresMarkdown());
process.stdout.write(`Wrote ${target}\n`);
