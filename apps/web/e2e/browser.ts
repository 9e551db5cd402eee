// Starts what the browser journeys need: the built forms app served by `vite
// preview` (no API behind it) and Debian's Chromium driven by playwright-core.
import { existsSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserServer } from 'playwright-core';
import { build, preview, type PreviewServer } from 'vite';

export const appRoot = fileURLToPath(new URL('..', import.meta.url));
export const screenshotsFolder = `${appRoot}/screenshots`;
mkdirSync(screenshotsFolder, { recursive: true });

/** Flags that keep Chromium from reaching hosts this machine cannot reach. */
export const chromiumFlags = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

function chromiumPath(): string {
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(executablePath)) throw new Error(`Chromium not found at ${executablePath}: install Debian's chromium package or set CHROMIUM_PATH`);
  return executablePath;
}

/** One Chromium for the whole run (started by the global setup); test files connect to it. */
export async function launchChromiumServer(): Promise<BrowserServer> {
  return chromium.launchServer({ executablePath: chromiumPath(), args: chromiumFlags, headless: true });
}

/** Connects to the shared Chromium started by the global setup. */
export async function connectChromium(endpoint: string): Promise<Browser> {
  return chromium.connect(endpoint);
}

/** Serves dist/ (building it first if it is missing) on a free loopback port. */
export async function serveBuiltApp(): Promise<{ url: string; close: () => Promise<void> }> {
  // Nothing listens on the discard port, so every /api call fails as it would with the API down.
  process.env.CYNNIG_API_URL = 'http://127.0.0.1:9';
  if (!existsSync(`${appRoot}/dist/index.html`)) await build({ root: appRoot, logLevel: 'warn' });
  const server: PreviewServer = await preview({ root: appRoot, logLevel: 'silent', preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false } });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report its address');
  return { url: url.replace(/\/$/, ''), close: () => server.close() };
}
