// Cynnig's settings, read once from the environment at start-up and validated with zod.
// A bad value stops start-up with one plain sentence per setting, naming it: never a stack trace.
import { isAbsolute, join, resolve } from 'node:path';
import { z } from 'zod';
import { repositoryRoot } from './repository-root.js';

const wholeNumber = (setting: string, min: number, max: number, fallback: number) =>
  z
    .string()
    .optional()
    .transform((value, ctx) => {
      if (value === undefined || value.trim() === '') return fallback;
      const parsed = Number(value);
      if (!/^\d+$/.test(value.trim()) || parsed < min || parsed > max) {
        ctx.addIssue({ code: 'custom', message: `${setting} must be a whole number from ${min} to ${max}` });
        return z.NEVER;
      }
      return parsed;
    });

const yesNo = (setting: string) =>
  z
    .string()
    .optional()
    .transform((value, ctx) => {
      if (value === undefined || value.trim() === '') return undefined;
      const normalised = value.trim().toLowerCase();
      if (['true', '1', 'yes'].includes(normalised)) return true;
      if (['false', '0', 'no'].includes(normalised)) return false;
      ctx.addIssue({ code: 'custom', message: `${setting} must be true or false` });
      return z.NEVER;
    });

const environmentSchema = z.object({
  NODE_ENV: z
    .enum(['development', 'production', 'test'], { error: 'NODE_ENV must be development, production or test' })
    .default('development'),
  PORT: wholeNumber('PORT', 1, 65535, 3000),
  HOST: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9.:-]+$/, 'HOST must be a host name or IP address, such as 127.0.0.1')
    .default('127.0.0.1'),
  DATABASE_URL: z
    .string()
    .trim()
    .regex(/^(postgres(ql)?:\/\/\S+|sqlite:\S+)$/, 'DATABASE_URL must start with postgres://, postgresql:// or sqlite:')
    .optional(),
  CYNNIG_DATA_DIR: z.string().trim().min(1, 'CYNNIG_DATA_DIR must name a folder').optional(),
  CYNNIG_DATABASE_POOL_SIZE: wholeNumber('CYNNIG_DATABASE_POOL_SIZE', 1, 200, 10),
  SESSION_TTL_MINUTES: wholeNumber('SESSION_TTL_MINUTES', 1, 24 * 60, 30),
  SESSION_ABSOLUTE_HOURS: wholeNumber('SESSION_ABSOLUTE_HOURS', 1, 7 * 24, 12),
  COOKIE_SECURE: yesNo('COOKIE_SECURE'),
  TRUST_PROXY: yesNo('TRUST_PROXY'),
  SIGN_IN_MAX_FAILURES: wholeNumber('SIGN_IN_MAX_FAILURES', 1, 100, 5),
  SIGN_IN_LOCKOUT_MINUTES: wholeNumber('SIGN_IN_LOCKOUT_MINUTES', 1, 24 * 60, 15),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error'], { error: 'LOG_LEVEL must be debug, info, warn or error' }).default('info'),
  SHUTDOWN_GRACE_SECONDS: wholeNumber('SHUTDOWN_GRACE_SECONDS', 1, 600, 10),
});

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

export interface Config {
  readonly environment: 'development' | 'production' | 'test';
  readonly port: number;
  readonly host: string;
  /** A PostgreSQL URL or `sqlite:<file>`; the default is the SQLite file in the data folder. */
  readonly databaseUrl: string;
  readonly dataDirectory: string;
  /** PostgreSQL connections one API process may hold at once (not used for SQLite). */
  readonly databasePoolSize: number;
  readonly session: { readonly idleMinutes: number; readonly absoluteHours: number };
  /** Secure cookies everywhere except development, unless COOKIE_SECURE says otherwise. */
  readonly cookieSecure: boolean;
  /** Read the client's address and the public origin from a load balancer's X-Forwarded-* headers. */
  readonly trustProxy: boolean;
  readonly signIn: { readonly maxFailures: number; readonly lockoutMinutes: number };
  readonly logLevel: LogLevel;
  readonly shutdownGraceSeconds: number;
}

/** Raised when a setting is wrong; `problems` holds one sentence per bad setting. */
export class ConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(problems.join('\n'));
    this.name = 'ConfigError';
  }
}

/**
 * Reads the settings from an environment (process.env by default).
 * `loadConfig({ PORT: '8080' }).port === 8080`; `loadConfig({ PORT: 'x' })` throws a ConfigError naming PORT.
 */
export function loadConfig(environment: Record<string, string | undefined> = process.env, root: string = repositoryRoot()): Config {
  const parsed = environmentSchema.safeParse(environment);
  if (!parsed.success) {
    const bySetting = new Map<string, string>();
    for (const issue of parsed.error.issues) {
      const setting = String(issue.path[0] ?? 'environment');
      if (!bySetting.has(setting)) bySetting.set(setting, issue.message.startsWith(setting) ? issue.message : `${setting}: ${issue.message}`);
    }
    throw new ConfigError([...bySetting.values()]);
  }
  const value = parsed.data;
  const dataDirectory = value.CYNNIG_DATA_DIR
    ? isAbsolute(value.CYNNIG_DATA_DIR) ? value.CYNNIG_DATA_DIR : resolve(root, value.CYNNIG_DATA_DIR)
    : join(root, 'var');
  return {
    environment: value.NODE_ENV,
    port: value.PORT,
    host: value.HOST,
    databaseUrl: value.DATABASE_URL ?? `sqlite:${join(dataDirectory, 'cynnig.sqlite')}`,
    dataDirectory,
    databasePoolSize: value.CYNNIG_DATABASE_POOL_SIZE,
    session: { idleMinutes: value.SESSION_TTL_MINUTES, absoluteHours: value.SESSION_ABSOLUTE_HOURS },
    cookieSecure: value.COOKIE_SECURE ?? value.NODE_ENV !== 'development',
    trustProxy: value.TRUST_PROXY ?? false,
    signIn: { maxFailures: value.SIGN_IN_MAX_FAILURES, lockoutMinutes: value.SIGN_IN_LOCKOUT_MINUTES },
    logLevel: value.LOG_LEVEL,
    shutdownGraceSeconds: value.SHUTDOWN_GRACE_SECONDS,
  };
}
