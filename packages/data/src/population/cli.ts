#!/usr/bin/env node
// Command line for the synthetic population: `node dist/population/cli.js --seed 1 --scale 1 --out wales.ndjson`.
import { CynnigError } from '@cynnig/domain';
import { runGenerateCommand } from './generate-command.js';

runGenerateCommand(process.argv.slice(2), { write: (text) => process.stderr.write(text), isTTY: process.stderr.isTTY }).catch((error: unknown) => {
  process.stderr.write(`${error instanceof CynnigError || error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
