// One running API process (`node apps/api/dist/main.js serve`) on a loopback port: started the
// way an operator starts it, waited on until /ready answers, and stopped politely (SIGTERM) or
// killed outright (SIGKILL) by the crash suite. Its last output is kept for failure messages.
import { spawn, type ChildProcess } from 'node:child_process';
import { apiMainScript, repositoryRoot } from './api-entry-point.js';
import { freePort } from './free-port.js';

export interface ApiProcessOptions {
  /** `sqlite:/path/file.sqlite` or a postgres:// URL. */
  readonly databaseUrl: string;
  /** A port to reuse (a restart after a kill keeps its address); a free one otherwise. */
  readonly port?: number;
  /** Extra settings, e.g. CYNNIG_DATABASE_POOL_SIZE. */
  readonly env?: Record<string, string>;
  /** How long to wait for /ready (default 30 s). */
  readonly readyWithinMs?: number;
}

export interface ApiProcess {
  readonly url: string;
  readonly port: number;
  readonly pid: number;
  /** The process's last output lines, for a failure message. */
  output(): string;
  /** Resolves with the exit code or signal once the process has ended. */
  readonly exited: Promise<number | string>;
  /** SIGTERM, then waits (the server finishes requests in flight and closes the database). */
  stop(): Promise<void>;
  /** SIGKILL: no chance to finish anything, as when a machine loses power. */
  kill(): Promise<void>;
  /** How the process ended when nobody stopped or killed it (a crash), with its last output. */
  unexpectedExit(): { readonly code: number | string; readonly output: string } | null;
}

const keptLines = 80;

async function waitForReady(url: string, child: ChildProcess, withinMs: number, output: () => string): Promise<void> {
  const deadline = Date.now() + withinMs;
  let last = '';
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`the API exited before it was ready:\n${output()}`);
    try {
      const response = await fetch(`${url}/ready`, { signal: AbortSignal.timeout(2000) });
      last = `${response.status} ${await response.text()}`;
      if (response.status === 200) return;
    } catch (error) {
      last = (error as Error).message;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`the API was not ready within ${withinMs} ms (last answer: ${last}):\n${output()}`);
}

/** Starts `cynnig serve` and resolves once /ready answers 200. */
export async function startApiProcess(options: ApiProcessOptions): Promise<ApiProcess> {
  const port = options.port ?? (await freePort());
  const child = spawn(process.execPath, [apiMainScript(), 'serve', '--port', String(port)], {
    cwd: repositoryRoot(),
    env: {
      ...process.env,
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      SHUTDOWN_GRACE_SECONDS: '5',
      ...options.env,
      DATABASE_URL: options.databaseUrl,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  const keep = (chunk: string) => {
    lines.push(...chunk.split('\n').filter((line) => line.length > 0));
    if (lines.length > keptLines) lines.splice(0, lines.length - keptLines);
  };
  child.stdout!.setEncoding('utf8').on('data', keep);
  child.stderr!.setEncoding('utf8').on('data', keep);
  const output = () => lines.join('\n');
  const exited = new Promise<number | string>((resolve) => child.once('exit', (code, signal) => resolve(code ?? signal ?? 'unknown')));
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitForReady(url, child, options.readyWithinMs ?? 30_000, output);
  } catch (error) {
    child.kill('SIGKILL');
    await exited;
    throw error;
  }
  let ending = false;
  let crash: { code: number | string; output: string } | null = null;
  void exited.then((code) => {
    if (!ending) crash = { code, output: output() };
  });
  const end = async (signal: NodeJS.Signals) => {
    ending = true;
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    await exited;
  };
  return { url, port, pid: child.pid!, output, exited, stop: () => end('SIGTERM'), kill: () => end('SIGKILL'), unexpectedExit: () => crash };
}
