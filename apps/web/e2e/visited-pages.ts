// Which pages the browser journeys have checked, and in which language, so one test can
// say which routes of the forms app no journey has visited. Every page that passes
// checkPage (or the API-down page check) is written to a file in the screenshots folder;
// the global setup empties it at the start of each run.
import { appendFileSync, existsSync, readFileSync, rmSync } from 'node:fs';
import { screenshotsFolder } from './browser';

export type Language = 'en' | 'cy';
const visitedFile = `${screenshotsFolder}/visited-pages.jsonl`;

export interface Visit {
  readonly path: string;
  readonly language: Language;
}

export function forgetVisits(): void {
  rmSync(visitedFile, { force: true });
}

export function recordVisit(path: string, language: Language): void {
  appendFileSync(visitedFile, `${JSON.stringify({ path, language } satisfies Visit)}\n`);
}

export function visits(): Visit[] {
  if (!existsSync(visitedFile)) return [];
  return readFileSync(visitedFile, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Visit);
}

/** The page not found: what the router shows for a path no route matches. */
export const notFoundRoute = '(page not found)';

/**
 * The route patterns of the forms app's router (src/app/routes.tsx), in the order the router
 * tries them, read from its source so a route added there is a route this test knows about.
 */
export function routePatterns(source: string): string[] {
  const patterns = [...source.matchAll(/<Route\s+path="([^"]+)"/g)].map((match) => match[1] as string);
  if (/<Route\s+component=\{NotFoundPage\}/.test(source)) patterns.push(notFoundRoute);
  return patterns;
}

/** The route the router would show for `path`: the first pattern that matches, as wouter does. */
export function routeOf(path: string, patterns: readonly string[]): string {
  for (const pattern of patterns) {
    if (pattern === notFoundRoute) continue;
    const expression = new RegExp(`^${pattern.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/:[A-Za-z]+/g, '[^/]+')}/?$`);
    if (expression.test(path)) return pattern;
  }
  return notFoundRoute;
}
