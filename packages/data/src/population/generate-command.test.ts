import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runGenerateCommand } from './generate-command.js';

const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'cynnig-generate-'));
afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

describe('the generate command', () => {
  it('writes NDJSON (header, providers, users, children) and plain progress lines when not on a terminal', async () => {
    const out = path.join(folder, 'small.ndjson');
    const messages: string[] = [];
    const summary = await runGenerateCommand(['--seed', '2', '--scale', '0.005', '--reference-date', '2026-03-31', '--out', out], { write: (text) => messages.push(text), isTTY: false });
    const lines = fs.readFileSync(out, 'utf8').trim().split('\n').map((line) => JSON.parse(line) as { type: string });
    expect(lines[0]).toMatchObject({ type: 'population', seed: 2, scale: 0.005, referenceDate: '2026-03-31' });
    expect(lines.filter((line) => line.type === 'child')).toHaveLength(summary.children);
    expect(lines.filter((line) => line.type === 'user')).toHaveLength(summary.users);
    expect(lines.filter((line) => line.type === 'provider')).toHaveLength(summary.providers);
    expect(messages.some((m) => /^generated 100% \(\d+ of \d+ children\)\n$/.test(m))).toBe(true);
    expect(messages.at(-1)).toMatch(/^Wrote \d+ children .* to .*small\.ndjson in [\d.]+ s \(seed 2, scale 0\.005, as at 2026-03-31\)\.\n$/);
  });

  it('accepts the separator pnpm passes through before the options', async () => {
    const out = path.join(folder, 'separator.ndjson');
    const summary = await runGenerateCommand(['--', '--seed', '2', '--scale', '0.002', '--out', out], { write: () => {} }, '2026-03-31');
    expect(summary.children).toBeGreaterThan(0);
  });

  it.each([
    [['--scale', '1', '--out', 'x.ndjson'], 'generate.seed.invalid'],
    [['--seed', '1', '--scale', '0', '--out', 'x.ndjson'], 'generate.scale.invalid'],
    [['--seed', '1'], 'generate.out.invalid'],
    [['--seed', '1', '--out', 'x.ndjson', '--reference-date', '2026-02-30'], 'generate.reference-date.invalid'],
  ])('refuses %j with %s', async (argv, code) => {
    await expect(runGenerateCommand(argv, { write: () => {} })).rejects.toMatchObject({ code });
  });
});
