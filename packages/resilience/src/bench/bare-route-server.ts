// The baseline server: a bare Hono route on @hono/node-server, started as its own Node process
// on loopback like the API, answering a small JSON document. Run: tsx bare-route-server.ts PORT
import { serve } from '@hono/node-server';
import { Hono } from 'hono';

const app = new Hono();
app.get('/bare', (c) => c.json({ items: [], total: 0 }));
// The page baseline: a static page with one heading and no script.
app.get('/page', (c) => c.html('<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Baseline</title></head><body><main><h1>Baseline</h1></main></body></html>'));
const port = Number(process.argv[2] ?? 0);
serve({ fetch: app.fetch, hostname: '127.0.0.1', port }, (info) => process.stdout.write(`listening ${info.port}\n`));
