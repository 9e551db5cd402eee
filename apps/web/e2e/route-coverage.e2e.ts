// Every route of the forms app's router is visited by some journey, and the page there
// checked (one h1, the right language, no accessibility violations, a screenshot), in
// English and in Welsh. Runs after every other journey file (see vitest.e2e.config.ts) and
// reads the pages they checked; run on its own it finds nothing visited.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { appRoot } from './browser';
import { notFoundRoute, routeOf, routePatterns, visits } from './visited-pages';

const patterns = routePatterns(readFileSync(`${appRoot}/src/app/routes.tsx`, 'utf8'));

describe('the routes of the forms app', () => {
  it('are read from the router in the order it tries them', () => {
    expect(patterns.length).toBeGreaterThan(20);
    expect(routeOf('/children/4b5e/missing-episodes/new', patterns)).toBe('/children/:childId/missing-episodes/new');
    expect(routeOf('/children/4b5e/missing-episodes/9c1d', patterns)).toBe('/children/:childId/missing-episodes/:caseId');
    expect(routeOf('/children/4b5e/active-offer/REFERRED', patterns)).toBe('/children/:childId/active-offer/:step');
    expect(routeOf('/no-such-page', patterns)).toBe(notFoundRoute);
  });

  it('are each visited and checked by a journey in English and in Welsh', () => {
    const seen = new Set(visits().map((visit) => `${routeOf(visit.path, patterns)} (${visit.language})`));
    const unvisited = patterns.flatMap((pattern) => ['en', 'cy'].map((language) => `${pattern} (${language})`)).filter((route) => !seen.has(route));
    expect(unvisited, 'routes no journey checked').toEqual([]);
  });
});
