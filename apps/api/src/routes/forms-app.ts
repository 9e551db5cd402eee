// Serves the built forms app (apps/web/dist) from the same process as the API: hashed assets
// with a year-long cache, and index.html (never cached) for any other page the app routes
// itself. API paths are never answered with the app.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import { Readable } from 'node:stream';
import type { Context } from 'hono';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

/** Paths the app never serves as pages: the API and the service endpoints. */
export function isApiPath(path: string): boolean {
  return /^\/(api|health|ready|openapi\.json|docs)(\/|$)/.test(path);
}

export interface FormsApp {
  /** The response for a GET or HEAD of a path outside the API, or null to fall through. */
  respond(c: Context): Response | null;
}

function fileResponse(file: string, cacheControl: string, head: boolean): Response {
  const size = statSync(file).size;
  const headers = {
    'Content-Type': contentTypes[extname(file)] ?? 'application/octet-stream',
    'Content-Length': String(size),
    'Cache-Control': cacheControl,
    'X-Content-Type-Options': 'nosniff',
  };
  if (head) return new Response(null, { status: 200, headers });
  return new Response(Readable.toWeb(createReadStream(file)) as ReadableStream, { status: 200, headers });
}

/** The forms app in `directory`, or null when it has not been built. */
export function formsApp(directory: string): FormsApp | null {
  const index = join(directory, 'index.html');
  if (!existsSync(index)) return null;
  const root = normalize(directory + sep);
  return {
    respond(c) {
      const method = c.req.method;
      if (method !== 'GET' && method !== 'HEAD') return null;
      const path = new URL(c.req.url).pathname;
      if (isApiPath(path)) return null;
      let decoded: string;
      try {
        decoded = decodeURIComponent(path);
      } catch {
        return null;
      }
      const candidate = normalize(join(directory, decoded));
      if (candidate.startsWith(root) && existsSync(candidate) && statSync(candidate).isFile()) {
        const hashed = /\/assets\//.test(decoded);
        return fileResponse(candidate, hashed ? 'public, max-age=31536000, immutable' : 'no-cache', method === 'HEAD');
      }
      // A path with a file extension that does not exist is a missing file, not an app page.
      if (extname(decoded) !== '') return null;
      return fileResponse(index, 'no-cache', method === 'HEAD');
    },
  };
}
