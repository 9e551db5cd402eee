// Makes a fresh machine ready: the pinned pnpm, then the workspace's packages.
// Runs before any dependency exists, so it uses Node's standard library only.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

const wantedPnpm = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).packageManager.split('@')[1];

/** Prints a step so a person watching a long first run knows what is happening. */
export function step(message) {
  process.stdout.write(`\n\u25b6 ${message}\n`);
}

/** Runs a command with inherited output; throws with the command line when it fails. */
export function run(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', cwd: root, ...options, env: { ...process.env, ...options.env } });
  if (result.error) throw new Error(`could not run ${command}: ${result.error.message}`);
  if (result.status !== 0 && !options.allowFailure) {
    throw new Error(`${command} ${args.join(' ')} exited with ${result.status ?? result.signal}`);
  }
  return result.status ?? 1;
}

function versionOf(command) {
  const result = spawnSync(command, ['--version'], { encoding: 'utf8' });
  return result.status === 0 ? result.stdout.trim() : null;
}

/** The environment native builds need here: node-gyp compiles against Node's own headers. */
export function buildEnv() {
  const env = { TURBO_TELEMETRY_DISABLED: '1', DO_NOT_TRACK: '1' };
  if (!process.env.npm_config_nodedir && existsSync('/usr/include/node/node.h')) env.npm_config_nodedir = '/usr';
  return env;
}

/** Returns the path of a pnpm at the pinned version, installing it with npm when needed. */
export function ensurePnpm() {
  if (versionOf('pnpm') === wantedPnpm) return 'pnpm';
  const local = join(root, 'node_modules', '.cynnig-pnpm');
  const localBin = join(local, 'node_modules', '.bin', 'pnpm');
  if (existsSync(localBin) && versionOf(localBin) === wantedPnpm) return localBin;
  step(`Installing pnpm ${wantedPnpm}`);
  const global = spawnSync('npm', ['install', '-g', `pnpm@${wantedPnpm}`], { stdio: 'inherit' });
  if (global.status === 0 && versionOf('pnpm') === wantedPnpm) return 'pnpm';
  // No rights to install globally: keep a private copy inside the checkout instead.
  mkdirSync(local, { recursive: true });
  run('npm', ['install', '--no-save', '--prefix', local, `pnpm@${wantedPnpm}`]);
  return localBin;
}

/** Installs the workspace's packages exactly as the lockfile says. */
export function installWorkspace(pnpm) {
  step('Installing packages (the first run compiles the SQLite driver, about a minute)');
  const frozen = existsSync(join(root, 'pnpm-lock.yaml')) ? ['--frozen-lockfile'] : [];
  run(pnpm, ['install', ...frozen], { env: { ...buildEnv(), CI: 'true' } });
}

/** Runs a turbo task through pnpm, returning its exit status. */
export function turbo(pnpm, args, env = {}) {
  return run(pnpm, ['exec', 'turbo', 'run', ...args], { env: { ...buildEnv(), ...env }, allowFailure: true });
}
