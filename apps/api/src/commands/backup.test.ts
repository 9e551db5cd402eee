import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { countRows } from '@cynnig/data';
import { aLookedAfterChild, testEngines, type TestDatabase } from '@cynnig/data/test-support';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backupCommand, restoreCommand } from './backup.js';
import { capturedOutput } from './command-test-files.js';
import { progressOn } from './progress.js';

const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'cynnig-backup-command-'));
afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

describe.each(testEngines())('cynnig backup and restore on $name', (engine) => {
  let source: TestDatabase;
  beforeAll(async () => {
    source = await engine.open();
    for (let index = 0; index < 4; index += 1) await aLookedAfterChild(source.db);
  });
  afterAll(async () => source?.close());

  it('backs up, says it verified the copy, and restores it into an empty database with the same rows', async () => {
    const file = path.join(folder, `${engine.name}.backup`);
    const said = capturedOutput();
    const progress = capturedOutput();
    await backupCommand(file, source, progressOn(progress), said.write);
    expect(said.text()).toMatch(/Verified: the copy was opened again and every table's row count matches/);
    expect(said.text()).toMatch(/children\s+4/);
    expect(progress.text()).toMatch(/Backing up: 100%/);

    const target = await engine.open({ migrate: false });
    try {
      const restored = capturedOutput();
      await restoreCommand(file, target, progressOn(capturedOutput()), restored.write);
      expect(restored.text()).toMatch(/Verified: every table's row count matches the backup and the migrations are current/);
      expect(await countRows(target.db)).toEqual(await countRows(source.db));
    } finally {
      await target.close();
    }
  });
});
