// @vitest-environment node
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const webFolder = fileURLToPath(new URL('../..', import.meta.url));

describe('the forms app\'s copy of the API contract', () => {
  it('is generated from the API\'s published OpenAPI document as it is now', () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'cynnig-api-types-'));
    try {
      const fresh = path.join(folder, 'openapi-types.ts');
      const generated = spawnSync(path.join(webFolder, 'node_modules/.bin/openapi-typescript'), ['../api/openapi.json', '--output', fresh], { cwd: webFolder, encoding: 'utf8' });
      expect(generated.status, generated.stderr).toBe(0);
      const committed = fs.readFileSync(path.join(webFolder, 'src/api/openapi-types.ts'), 'utf8');
      expect(committed === fs.readFileSync(fresh, 'utf8'), 'src/api/openapi-types.ts is out of date: run pnpm --filter @cynnig/web api-types').toBe(true);
    } finally {
      fs.rmSync(folder, { recursive: true, force: true });
    }
  }, 60_000);
});
