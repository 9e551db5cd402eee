// Starts the real Cynnig for the browser journeys: the built API with the built forms
// app, on a fresh SQLite database in a temporary folder, with a small synthetic
// population and its demo accounts. Uses `seed --scale` when the API has it, and
// otherwise `serve --demo` (which seeds on first run, more slowly).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repositoryRoot = fileURLToPath(new URL('../../..', import.meta.url));
const apiMain = join(repositoryRoot, 'apps', 'api', 'dist', 'main.js');

export interface DemoAccount {
  readonly email: string;
  readonly role: string;
  readonly where: string;
}

export interface RunningCynnig {
  readonly url: string;
  readonly password: string;
  readonly accounts: readonly DemoAccount[];
  readonly seededWith: 'seed' | 'serve --demo';
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** Reads the demo sign-in table the server prints: "  email  role  where" lines and the password line. */
export function parseDemoAccounts(output: string): { accounts: DemoAccount[]; password: string | null } {
  const password = /Password for every demo account:\s*(\S+)/.exec(output)?.[1] ?? null;
  const accounts = [...output.matchAll(/^\s+(\S+@\S+)\s+([a-z-]+)\s+(.*)$/gm)].map((match) => ({ email: match[1] as string, role: match[2] as string, where: (match[3] as string).trim() }));
  return { accounts, password };
}

/**
 * The demo accounts @cynnig/data's generator creates, for when the server prints only some of
 * them (its sign-in table lists the commissioner alone at the moment). Roles the server did print
 * are taken from its table.
 */
const conventionalDemoAccounts: readonly DemoAccount[] = [
  ...['cardiff', 'swansea', 'gwynedd', 'powys'].flatMap((slug) =>
    (['social.worker:social-worker', 'team.manager:team-manager', 'iro:iro', 'administrator:administrator'] as const).map((pair) => {
      const [local, role] = pair.split(':') as [string, string];
      return { email: `${local}@${slug}.demo.cynnig.cymru`, role, where: slug };
    }),
  ),
  ...['provider-1', 'provider-2', 'provider-3'].flatMap((slug) => [
    { email: `advocate@${slug}.demo.cynnig.cymru`, role: 'provider-advocate', where: slug },
    { email: `provider.manager@${slug}.demo.cynnig.cymru`, role: 'provider-manager', where: slug },
  ]),
  { email: 'commissioner@demo.cynnig.cymru', role: 'commissioner', where: 'Wales' },
];

/**
 * The accounts to sign in with: the generator's demo accounts first (they have the demo password),
 * then anything else the server printed. The server's table currently lists either the
 * commissioner alone or every generated user, most of whom cannot sign in.
 */
export function withConventionalAccounts(printed: readonly DemoAccount[]): DemoAccount[] {
  const conventional = new Set(conventionalDemoAccounts.map((account) => account.email));
  const printedEmails = new Set(printed.map((account) => account.email));
  return [...conventionalDemoAccounts.filter((account) => printedEmails.has(account.email) || !printed.some((other) => other.role === account.role)), ...printed.filter((account) => !conventional.has(account.email))];
}

export async function startCynnig(options: { log?: (line: string) => void } = {}): Promise<RunningCynnig> {
  const dataDirectory = mkdtempSync(join(tmpdir(), 'cynnig-e2e-'));
  try {
    return await startIn(dataDirectory, options);
  } catch (error) {
    // A start that failed part-way leaves nothing behind.
    rmSync(dataDirectory, { recursive: true, force: true });
    throw error;
  }
}

async function startIn(dataDirectory: string, options: { log?: (line: string) => void }): Promise<RunningCynnig> {
  if (!existsSync(apiMain)) throw new Error(`The API is not built (${apiMain}): run pnpm turbo run build --filter=@cynnig/api...`);
  // The default database (SQLite in the data folder), never one a developer's shell points at.
  const { DATABASE_URL: _ignored, ...inherited } = process.env;
  const env = { ...inherited, CYNNIG_DATA_DIR: dataDirectory, NODE_ENV: 'production', COOKIE_SECURE: 'false', HOST: '127.0.0.1', LOG_LEVEL: 'warn' };
  const run = (args: string[]) => spawnSync(process.execPath, [apiMain, ...args], { env, encoding: 'utf8', timeout: 240_000 });
  // While developing, a folder seeded by an earlier run can be copied in to skip seeding.
  const seededCopy = process.env.CYNNIG_E2E_SEEDED_DIR;
  if (seededCopy) for (const name of readdirSync(seededCopy).filter((file) => file.startsWith('cynnig.sqlite'))) cpSync(join(seededCopy, name), join(dataDirectory, name));
  const migrated = run(['migrate']);
  if (migrated.status !== 0) throw new Error(`migrate failed: ${migrated.stderr}`);
  const seeded = seededCopy ? { status: 1, stdout: '' } : run(['seed', '--scale', '0.02', '--seed', '7']);
  const seedWorked = seeded.status === 0;
  options.log?.(seededCopy ? `using the seeded database copied from ${seededCopy}` : seedWorked ? `seeded: ${seeded.stdout.trim().split('\n').at(-1)}` : 'no seed command: using serve --demo (seeds a Wales-sized population on first run: slow)');
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, [apiMain, 'serve', '--port', String(port), ...(seedWorked ? [] : ['--demo'])], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = seeded.stdout ?? '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Cynnig did not start within 5 minutes:\n${output.slice(-2000)}`)), 300_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const running = /Cynnig is running at (\S+)/.exec(output);
      // The demo table follows the "running" line; wait for its password line when seeding on serve.
      if (running && (seedWorked || /Password for every demo account/.test(output) || /Using the data already/.test(output))) {
        clearTimeout(timer);
        setTimeout(() => resolve((running[1] as string).replace(/\/$/, '')), 200);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => {
      clearTimeout(timer);
      rmSync(dataDirectory, { recursive: true, force: true });
      reject(new Error(`Cynnig stopped (exit ${code}):\n${output.slice(-2000)}`));
    });
  });
  const { accounts, password } = parseDemoAccounts(output);
  if (!password || accounts.length === 0) {
    child.kill('SIGTERM');
    throw new Error(`No demo accounts were printed:\n${output.slice(-2000)}`);
  }
  return {
    url,
    password,
    accounts: withConventionalAccounts(accounts),
    seededWith: seedWorked ? 'seed' : 'serve --demo',
    async stop() {
      await new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
        setTimeout(() => child.kill('SIGKILL'), 10_000).unref();
      });
      rmSync(dataDirectory, { recursive: true, force: true });
    },
  };
}
