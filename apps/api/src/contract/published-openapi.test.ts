import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { currentOpenApiText, publishedOpenApiFile } from './published-openapi.js';

describe('the published OpenAPI document', () => {
  it('is the document the routes define, so the forms app builds against what the API really does', async () => {
    const published = fs.existsSync(publishedOpenApiFile) ? fs.readFileSync(publishedOpenApiFile, 'utf8') : '';
    expect(published === (await currentOpenApiText()), 'apps/api/openapi.json is out of date: run pnpm --filter @cynnig/api openapi').toBe(true);
  });
});
