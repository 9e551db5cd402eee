// A small tmpfs of its own for the SQLite disk-full case: the database lives on it, a filler file
// takes every byte left, and deleting the filler gives the space back. Mounting needs root (as
// on the CI machines); without it the suite says so and skips.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, openSync, closeSync, writeSync, rmSync, rmdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface SmallFilesystem {
  readonly folder: string;
  /** Fills every free byte. */
  fill(): void;
  /** Frees what fill() took. */
  free(): void;
  unmount(): void;
}

/** Why a tmpfs cannot be mounted here, or null when it can. */
export function cannotMountReason(): string | null {
  if (typeof process.getuid !== 'function' || process.getuid() !== 0) return 'mounting a small filesystem needs root';
  const probe = mkdtempSync(join(tmpdir(), 'cynnig-mount-probe-'));
  const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', probe], { encoding: 'utf8' });
  if (mounted.status === 0) spawnSync('umount', [probe]);
  rmdirSync(probe);
  return mounted.status === 0 ? null : `mount -t tmpfs is not permitted here: ${(mounted.stderr || '').trim()}`;
}

export function mountSmallFilesystem(bytes: number): SmallFilesystem {
  const folder = mkdtempSync(join(tmpdir(), 'cynnig-small-disk-'));
  const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', `size=${Math.ceil(bytes / 1024)}k`, 'tmpfs', folder], { encoding: 'utf8' });
  if (mounted.status !== 0) throw new Error(`could not mount a tmpfs: ${mounted.stderr}`);
  const filler = join(folder, 'filler');
  return {
    folder,
    fill() {
      const fd = openSync(filler, 'a');
      const block = Buffer.alloc(64 * 1024);
      try {
        for (;;) writeSync(fd, block);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error;
        // The last partial block: fill byte by byte down to nothing.
        const byte = Buffer.alloc(1);
        try {
          for (;;) writeSync(fd, byte);
        } catch {
          // Full.
        }
      } finally {
        closeSync(fd);
      }
    },
    free() {
      rmSync(filler, { force: true });
    },
    unmount() {
      spawnSync('umount', ['-l', folder]);
      rmSync(folder, { recursive: true, force: true });
    },
  };
}
