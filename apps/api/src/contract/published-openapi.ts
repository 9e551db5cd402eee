// The OpenAPI document as a file beside the package (apps/api/openapi.json), so that the forms app
// and anyone integrating with Cynnig can build against the contract without running a server.
// `pnpm --filter @cynnig/api openapi` writes it; a test fails when it no longer matches the routes.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openDatabase } from '@cynnig/data';
import { createApp } from '../app.js';
import { loadConfig } from '../config/config.js';
import { createLogger } from '../logging/logger.js';
import { openApiDocument } from '../routes/docs/openapi-document.js';

/** Where the published document lives: `apps/api/openapi.json`. */
export const publishedOpenApiFile = fileURLToPath(new URL('../../openapi.json', import.meta.url));

/** The document as the routes define it now, in the file's layout (two-space JSON, final newline). */
export async function currentOpenApiText(): Promise<string> {
  // Building the routes needs a database to hand them; none is queried. A throwaway file keeps
  // the document independent of whatever the environment names.
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'cynnig-openapi-'));
  const database = await openDatabase({ CYNNIG_DATA_DIR: folder });
  try {
    const app = createApp({
      config: loadConfig({ NODE_ENV: 'test' }, folder),
      logger: createLogger('error', () => {}),
      database,
      readiness: async () => ({ database: true, migrationsCurrent: true }),
    });
    return `${JSON.stringify(openApiDocument(app), null, 2)}\n`;
  } finally {
    await database.close();
    fs.rmSync(folder, { recursive: true, force: true });
  }
}
