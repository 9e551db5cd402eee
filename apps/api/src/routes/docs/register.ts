// Publishes /openapi.json and the /docs page. The document is built once, on first request,
// after every route has been registered.
import type { ApiRouter } from '../../app-router.js';
import { docsPage, docsStylesheet } from './docs-page.js';
import { openApiDocument } from './openapi-document.js';

export function registerDocsRoutes(app: ApiRouter): void {
  let document: Record<string, unknown> | null = null;
  const current = () => (document ??= openApiDocument(app));
  app.get('/openapi.json', (c) => c.json(current()));
  app.get('/docs', (c) => c.html(docsPage(current())));
  app.get('/docs/style.css', (c) => c.body(docsStylesheet, 200, { 'Content-Type': 'text/css; charset=utf-8', 'Cache-Control': 'public, max-age=3600' }));
}
