// An operator who mistypes a setting gets one sentence naming it and exit code 1, from the
// real `cynnig serve` process: no stack trace, no half-started server.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const apiFolder = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

function serveWith(settings: Record<string, string>) {
  const environment: Record<string, string | undefined> = { ...process.env, NODE_ENV: 'test', LOG_LEVEL: 'error', PORT: '3999', ...settings };
  if (!('DATABASE_URL' in settings)) delete environment.DATABASE_URL;
  const result = spawnSync(path.join(apiFolder, 'node_modules/.bin/tsx'), ['src/main.ts', 'serve'], {
    cwd: apiFolder,
    env: environment,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: result.status, stderr: result.stderr, stdout: result.stdout };
}

describe('starting Cynnig with a setting that cannot work', () => {
  it.each([
    ['a DATABASE_URL of an unknown kind', { DATABASE_URL: 'mysql://db.example/cynnig' }, 'DATABASE_URL'],
    ['a PostgreSQL server nobody answers at', { DATABASE_URL: 'postgres://cynnig:secret-word@127.0.0.1:1/cynnig' }, 'DATABASE_URL'],
    ['a data folder inside a file', { CYNNIG_DATA_DIR: '/dev/null/cynnig' }, 'CYNNIG_DATA_DIR'],
    ['a port that is not a number', { PORT: 'three thousand' }, 'PORT'],
  ])('stops with one sentence naming the setting for %s', (_case, settings, setting) => {
    const started = serveWith(settings);
    expect(started.status).toBe(1);
    const lines = started.stderr.trim().split('\n');
    expect(lines, started.stderr).toHaveLength(1);
    expect(lines[0]).toMatch(/^Cynnig cannot start: /);
    expect(lines[0]).toContain(setting);
    expect(started.stderr).not.toMatch(/\bat .+:\d+:\d+\)?$/m);
    expect(started.stderr + started.stdout).not.toContain('secret-word');
  }, 90_000);
});
