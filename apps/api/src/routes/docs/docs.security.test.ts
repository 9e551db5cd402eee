import { describe, expect, it } from 'vitest';
import { testApp } from '../../test-support/test-app.js';

describe('the documentation page under the Content-Security-Policy', () => {
  it('uses no inline style or script, so the strict policy needs no exception', async () => {
    const { app } = await testApp();
    const response = await app.request('/docs');
    const html = await response.text();
    expect(html).not.toMatch(/<style|style="|<script/);
    expect(response.headers.get('content-security-policy')).toContain("style-src 'self'");
    expect((await app.request('/docs/style.css')).headers.get('content-type')).toMatch(/^text\/css/);
  });
});
