// A throwaway PostgreSQL server on loopback for one test or benchmark run.
// It lives in a temporary folder, listens on its own port and is removed afterwards.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensurePostgresBinaries } from './system-packages.mjs';
import { step } from './bootstrap.mjs';

function freePort(preferred) {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => {
      const fallback = createServer();
      fallback.listen(0, '127.0.0.1', () => {
        const { port } = fallback.address();
        fallback.close(() => resolve(port));
      });
    });
    server.listen(preferred, '127.0.0.1', () => server.close(() => resolve(preferred)));
  });
}

/**
 * Starts PostgreSQL and returns its URL and a stop function.
 * PostgreSQL refuses to run as root, so as root the server runs as the postgres user.
 */
export async function startPostgres() {
  const bin = ensurePostgresBinaries();
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const asServer = (command, args) => (isRoot ? ['runuser', ['-u', 'postgres', '--', command, ...args]] : [command, args]);
  const dataDir = mkdtempSync(join(tmpdir(), 'cynnig-pg-'));
  chmodSync(dataDir, 0o700);
  if (isRoot) spawnSync('chown', ['postgres:postgres', dataDir]);
  const port = await freePort(55432);
  step(`Starting a throwaway PostgreSQL on 127.0.0.1:${port}`);
  const sh = (command, args) => {
    const [c, a] = asServer(command, args);
    const result = spawnSync(c, a, { encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`${command} failed: ${result.stderr || result.stdout}`);
  };
  sh(`${bin}/initdb`, ['-D', dataDir, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--no-sync']);
  sh(`${bin}/pg_ctl`, ['-D', dataDir, '-w', '-l', join(dataDir, 'server.log'), '-o', `-p ${port} -c listen_addresses=127.0.0.1 -k ${dataDir} -c fsync=off -c max_connections=300`, 'start']);
  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    const [c, a] = asServer(`${bin}/pg_ctl`, ['-D', dataDir, '-m', 'fast', '-w', 'stop']);
    spawnSync(c, a, { stdio: 'ignore' });
    rmSync(dataDir, { recursive: true, force: true });
  };
  return { url: `postgres://postgres@127.0.0.1:${port}/postgres`, stop };
}
