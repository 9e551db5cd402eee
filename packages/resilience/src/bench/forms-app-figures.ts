// The forms app as a person receives it: the gzipped size of what the first page load fetches
// (entry script, preloaded modules, styles) read from apps/web/dist, beside the React runtime the
// app cannot do without; and the time to interactive of its heaviest page (a child's record, signed
// in as a social worker) in headless Chromium, beside a static page served on the same loopback.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { repositoryRoot } from '../api-process/api-entry-point.js';

export interface BundleFigure {
  /** Gzipped bytes of the scripts the first page load fetches. */
  readonly initialScriptGzipBytes: number;
  readonly stylesGzipBytes: number;
  /** Every script in the build, gzipped (pages load theirs on demand). */
  readonly allScriptsGzipBytes: number;
  readonly scriptFiles: number;
  /** React and React DOM's production builds, gzipped: the floor for any React app. */
  readonly reactRuntimeGzipBytes: number;
}

const gzipped = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;

export function measureBundle(): BundleFigure {
  const dist = join(repositoryRoot(), 'apps', 'web', 'dist');
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const initial = [...html.matchAll(/<(?:script[^>]*src|link[^>]*rel="modulepreload"[^>]*href)="([^"]+\.js)"/g)].map((match) => match[1]!);
  const styles = [...html.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+\.css)"/g)].map((match) => match[1]!);
  const assets = readdirSync(join(dist, 'assets')).filter((name) => name.endsWith('.js'));
  const web = createRequire(join(repositoryRoot(), 'apps', 'web', 'package.json'));
  const folderOf = (name: string) => dirname(web.resolve(`${name}/package.json`));
  const reactFiles = [join(folderOf('react'), 'cjs', 'react.production.js'), join(folderOf('react-dom'), 'cjs', 'react-dom-client.production.js'), join(folderOf('react-dom'), 'cjs', 'react-dom.production.js')];
  return {
    initialScriptGzipBytes: initial.reduce((sum, path) => sum + gzipped(join(dist, path)), 0),
    stylesGzipBytes: styles.reduce((sum, path) => sum + gzipped(join(dist, path)), 0),
    allScriptsGzipBytes: assets.reduce((sum, name) => sum + gzipped(join(dist, 'assets', name)), 0),
    scriptFiles: assets.filter((name) => statSync(join(dist, 'assets', name)).isFile()).length,
    reactRuntimeGzipBytes: reactFiles.reduce((sum, file) => sum + gzipped(file), 0),
  };
}

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

/** Runs inside the page (Chromium, not Node): records when the heading appears and when each long task ends. */
const observeInteractivity = (selector: string) => `
  window.__cynnigLastLongTaskEnd = 0;
  window.__cynnigHeadingAt = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__cynnigLastLongTaskEnd = Math.max(window.__cynnigLastLongTaskEnd, entry.startTime + entry.duration);
  }).observe({ type: 'longtask', buffered: true });
  const seen = () => {
    const heading = document.querySelector(${JSON.stringify(selector)});
    if (heading && heading.textContent.trim() !== '' && !window.__cynnigHeadingAt) window.__cynnigHeadingAt = performance.now();
  };
  new MutationObserver(seen).observe(document, { childList: true, subtree: true, characterData: true });
`;

/** Runs inside the page once the heading is visible: the moment the page became interactive. */
const interactiveAt = `(() => {
  const navigation = performance.getEntriesByType('navigation')[0];
  return Math.max(navigation.domContentLoadedEventEnd, navigation.loadEventEnd, window.__cynnigLastLongTaskEnd, window.__cynnigHeadingAt);
})()`;

export interface InteractiveFigure {
  readonly medianMs: number;
  readonly baselineMedianMs: number;
  readonly runs: number;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

/**
 * Time to interactive: from navigation start until the page's main heading is shown, the page has
 * loaded and the last long task on the main thread has ended. A fresh browser context (cold cache) each run.
 */
export async function measureTimeToInteractive(options: { pageUrl: string; baselineUrl: string; signIn: { apiUrl: string; email: string; password: string }; runs: number; headingSelector: string }): Promise<InteractiveFigure> {
  const browser = await chromium.launch({ executablePath: process.env['CHROMIUM_PATH'] || '/usr/bin/chromium', args: chromiumFlags });
  try {
    const timeOnce = async (url: string, signIn: boolean, selector: string) => {
      const context = await browser.newContext();
      try {
        if (signIn) {
          const session = (await (await context.request.get(`${options.signIn.apiUrl}/api/v1/session`)).json()) as { csrfToken: string };
          const answer = await context.request.post(`${options.signIn.apiUrl}/api/v1/session`, { data: { email: options.signIn.email, password: options.signIn.password }, headers: { 'x-csrf-token': session.csrfToken } });
          if (answer.status() !== 200) throw new Error(`signing in for the page timing failed with ${answer.status()}`);
        }
        const page = await context.newPage();
        await page.addInitScript({ content: observeInteractivity(selector) });
        await page.goto(url, { waitUntil: 'networkidle' });
        await page.waitForSelector(selector, { state: 'visible' });
        return (await page.evaluate(interactiveAt)) as number;
      } finally {
        await context.close();
      }
    };
    const page: number[] = [];
    const baseline: number[] = [];
    for (let run = 0; run < options.runs; run += 1) {
      page.push(await timeOnce(options.pageUrl, true, options.headingSelector));
      baseline.push(await timeOnce(options.baselineUrl, false, 'main h1'));
    }
    return { medianMs: median(page), baselineMedianMs: median(baseline), runs: options.runs };
  } finally {
    await browser.close();
  }
}
