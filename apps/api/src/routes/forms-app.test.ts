import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { testApp } from '../test-support/test-app.js';
import { formsApp } from './forms-app.js';

async function builtApp() {
  const directory = mkdtempSync(join(tmpdir(), 'cynnig-web-'));
  mkdirSync(join(directory, 'assets'));
  writeFileSync(join(directory, 'index.html'), '<!doctype html><title>Cynnig</title>');
  writeFileSync(join(directory, 'assets', 'main-abc123.js'), 'console.log(1)');
  return (await testApp({ formsApp: formsApp(directory) })).app;
}

describe('serving the forms app from the API process', () => {
  it('serves hashed assets with a year-long cache', async () => {
    const response = await (await builtApp()).request('/assets/main-abc123.js');
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(response.headers.get('content-type')).toMatch(/^text\/javascript/);
  });

  it('answers any page the app routes itself with index.html, never cached', async () => {
    const response = await (await builtApp()).request('/children/123/active-offer');
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(await response.text()).toContain('<title>Cynnig</title>');
  });

  it('keeps unknown API paths as 404 problems, not the app', async () => {
    const response = await (await builtApp()).request('/api/v1/unknown');
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
  });

  it('never serves a file outside its folder', async () => {
    const app = await builtApp();
    for (const path of ['/..%2f..%2fetc%2fpasswd', '/assets/..%2f..%2f..%2fetc%2fpasswd.txt', '/%2e%2e/%2e%2e/etc/hosts']) {
      const response = await app.request(path);
      expect(await response.text()).not.toMatch(/root:|localhost/);
    }
  });

  it('is not served when it has not been built', () => {
    expect(formsApp(join(tmpdir(), 'no-such-build'))).toBeNull();
  });
});
