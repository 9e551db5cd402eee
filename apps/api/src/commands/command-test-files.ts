// Files and output capture for the command tests: the import fixtures written to a temporary
// folder, and a non-terminal output that keeps what the command printed.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { cleanFiles, childrenWithErrorsCsv } from '../routes/v1/imports/import-fixtures.js';

export function fixtureFolder(): { folder: string; file: (name: string) => string; remove: () => void } {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'cynnig-command-test-'));
  for (const [kind, text] of cleanFiles) fs.writeFileSync(path.join(folder, `${kind}.csv`), text);
  fs.writeFileSync(path.join(folder, 'children-with-errors.csv'), childrenWithErrorsCsv);
  return { folder, file: (name) => path.join(folder, name), remove: () => fs.rmSync(folder, { recursive: true, force: true }) };
}

export function capturedOutput() {
  const lines: string[] = [];
  return { isTTY: false, write: (text: string) => lines.push(text), text: () => lines.join(''), lines };
}
