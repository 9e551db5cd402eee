import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

const root = '/srv/cynnig';

describe('settings read at start-up', () => {
  it('uses safe defaults when nothing is set: loopback, port 3000, SQLite in var/', () => {
    const config = loadConfig({}, root);
    expect(config.port).toBe(3000);
    expect(config.host).toBe('127.0.0.1');
    expect(config.dataDirectory).toBe('/srv/cynnig/var');
    expect(config.databaseUrl).toBe('sqlite:/srv/cynnig/var/cynnig.sqlite');
    expect(config.cookieSecure).toBe(false);
  });

  it('resolves a relative data folder against the repository root, not the working directory', () => {
    expect(loadConfig({ CYNNIG_DATA_DIR: 'data' }, root).databaseUrl).toBe('sqlite:/srv/cynnig/data/cynnig.sqlite');
  });

  it('keeps cookies Secure in production unless told otherwise', () => {
    expect(loadConfig({ NODE_ENV: 'production' }, root).cookieSecure).toBe(true);
    expect(loadConfig({ NODE_ENV: 'production', COOKIE_SECURE: 'false' }, root).cookieSecure).toBe(false);
  });

  it('lets an operator size each process\'s PostgreSQL pool, ten connections unless told', () => {
    expect(loadConfig({}, root).databasePoolSize).toBe(10);
    expect(loadConfig({ CYNNIG_DATABASE_POOL_SIZE: '40' }, root).databasePoolSize).toBe(40);
  });

  it.each([
    ['PORT', 'abc'],
    ['CYNNIG_DATABASE_POOL_SIZE', '0'],
    ['PORT', '70000'],
    ['NODE_ENV', 'staging'],
    ['DATABASE_URL', 'mysql://db'],
    ['SESSION_TTL_MINUTES', '-5'],
    ['COOKIE_SECURE', 'maybe'],
    ['LOG_LEVEL', 'loud'],
  ])('refuses %s=%s with one sentence naming the setting', (setting, value) => {
    try {
      loadConfig({ [setting]: value }, root);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const problems = (error as ConfigError).problems;
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatch(new RegExp(`^${setting}`));
      expect(problems[0]).not.toMatch(/\n|at .*\(/);
    }
  });

  it('names every bad setting when several are wrong', () => {
    expect(() => loadConfig({ PORT: 'x', LOG_LEVEL: 'loud' }, root)).toThrow(/PORT[\s\S]*LOG_LEVEL/);
  });
});
