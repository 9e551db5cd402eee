// Runs one of the API's own commands (migrate, seed, sweep) to completion against a database,
// returning what it printed, so populations are prepared exactly as an operator would.
import { spawn } from 'node:child_process';
import { apiMainScript, repositoryRoot } from './api-entry-point.js';

export interface CommandResult {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly milliseconds: number;
}

/** `runApiCommand(['migrate'], 'sqlite:/tmp/x.sqlite')`; never throws for a non-zero exit. */
export function runApiCommand(args: readonly string[], databaseUrl: string, env: Record<string, string> = {}): Promise<CommandResult> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [apiMainScript(), ...args], {
      cwd: repositoryRoot(),
      env: { ...process.env, NODE_ENV: 'production', LOG_LEVEL: 'warn', ...env, DATABASE_URL: databaseUrl },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.once('error', reject);
    child.once('close', (status) => resolve({ status, stdout, stderr, milliseconds: performance.now() - started }));
  });
}

/** Like runApiCommand, but a failure throws with what the command said. */
export async function mustRunApiCommand(args: readonly string[], databaseUrl: string, env: Record<string, string> = {}): Promise<CommandResult> {
  const result = await runApiCommand(args, databaseUrl, env);
  if (result.status !== 0) throw new Error(`cynnig ${args.join(' ')} exited with ${result.status}: ${result.stderr.trim() || result.stdout.trim()}`);
  return result;
}
