// Installs Debian packages the tests need (Chromium, PostgreSQL) when they are absent.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { step } from './bootstrap.mjs';

let aptUpdated = false;

function asRoot(args) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const [command, ...rest] = isRoot ? args : ['sudo', '-n', ...args];
  const result = spawnSync(command, rest, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  if (result.status !== 0) {
    throw new Error(`"${args.join(' ')}" failed. Install it by hand (it needs administrator rights), then run the command again.`);
  }
}

/** Installs one Debian package by name, updating the package lists once per run. */
export function aptInstall(name) {
  step(`Installing Debian package ${name}`);
  if (!aptUpdated) {
    asRoot(['apt-get', 'update', '-qq']);
    aptUpdated = true;
  }
  asRoot(['apt-get', 'install', '-y', '-qq', name]);
}

/** The Chromium the browser tests drive; installed from Debian when missing. */
export function ensureChromium() {
  const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(path)) aptInstall('chromium');
  return path;
}

/** The folder holding initdb and pg_ctl, installing PostgreSQL from Debian when missing. */
export function ensurePostgresBinaries() {
  const find = () => {
    const base = '/usr/lib/postgresql';
    if (!existsSync(base)) return null;
    const versions = readdirSync(base).filter((v) => existsSync(`${base}/${v}/bin/initdb`)).sort((a, b) => Number(b) - Number(a));
    return versions.length > 0 ? `${base}/${versions[0]}/bin` : null;
  };
  let bin = find();
  if (!bin) {
    aptInstall('postgresql');
    bin = find();
  }
  if (!bin) throw new Error('PostgreSQL was installed but initdb was not found under /usr/lib/postgresql.');
  return bin;
}
