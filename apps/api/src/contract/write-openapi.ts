// `pnpm --filter @cynnig/api openapi`: writes apps/api/openapi.json from the route definitions.
import fs from 'node:fs';
import { currentOpenApiText, publishedOpenApiFile } from './published-openapi.js';

const text = await currentOpenApiText();
fs.writeFileSync(publishedOpenApiFile, text);
process.stdout.write(`Wrote ${publishedOpenApiFile} (${Object.keys((JSON.parse(text) as { paths: object }).paths).length} paths)\n`);
