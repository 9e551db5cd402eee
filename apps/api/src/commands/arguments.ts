// Reads the command line: `serve [--demo] [--port N]`, `migrate`, `seed [--scale N] [--seed N] [--if-empty]`,
// `sweep [--date YYYY-MM-DD]`, `import`, `export`, `backup`, `restore`. A mistake gives one plain
// sentence and the usage, never a stack trace.
import { parseArgs } from 'node:util';
import { isoDateSchema } from '@cynnig/domain';

export type Command =
  | { name: 'serve'; demo: boolean; port: number | undefined }
  | { name: 'migrate' }
  | { name: 'seed'; scale: number; seed: number; ifEmpty: boolean }
  | { name: 'sweep'; date: string | undefined }
  | { name: 'export'; authority: string | undefined; format: 'csv' | 'json' | 'xlsx'; output: string | undefined }
  | { name: 'import'; file: string; authority: string }
  | { name: 'backup'; output: string | undefined }
  | { name: 'restore'; file: string }
  | { name: 'help' };

export const usage = `Usage: cynnig <command> [options]

Commands:
  serve [--demo] [--port N]        run the API (and the forms app); --demo seeds demo data on first run
  migrate                          bring the database up to the newest migration
  seed [--scale N] [--seed N] [--if-empty]
                                   write a synthetic population and the demo accounts (scale 1 is
                                   about the size of Wales); --if-empty leaves a database with data
  sweep [--date YYYY-MM-DD]        re-evaluate time-based rules for children whose next due date has passed
  export <kind> --period 2025-Q3 [--authority CODE | --provider ID] [--format csv|xlsx|json] --out FILE
                                   monitoring exports: quarterly-return, annual-report, measures,
                                   child-extract, missing-extract (Wales-wide and published by default)
  import <file-type> FILE --authority CODE [--accept-valid-rows] [--dry-run]
                                   import a council case system's CSV file (children, entitlements,
                                   placements, allocations, reviews, missing-episodes)
  backup FILE                      a verified copy (SQLite) or archive (PostgreSQL) of the whole database
  restore FILE                     restore a backup into an empty database, then check it
`;

/** A mistake on the command line: shown as it is, with the usage. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

function wholeNumber(option: string, value: string | undefined, fallback: number, min: number, max: number): number {
  if (value === undefined) return fallback;
  const parsed = Number(value);
  if (!/^\d+(\.\d+)?$/.test(value) || parsed < min || parsed > max) throw new UsageError(`--${option} must be a number from ${min} to ${max}`);
  return parsed;
}

/** `parseCommand(['serve', '--port', '8080'])` gives `{ name: 'serve', demo: false, port: 8080 }`. */
export function parseCommand(argv: readonly string[]): Command {
  const [name, ...rest] = argv;
  let parsed;
  try {
    parsed = parseArgs({
      args: rest,
      allowPositionals: true,
      strict: true,
      options: {
        demo: { type: 'boolean' },
        port: { type: 'string' },
        scale: { type: 'string' },
        seed: { type: 'string' },
        'if-empty': { type: 'boolean' },
        date: { type: 'string' },
        authority: { type: 'string' },
        format: { type: 'string' },
        output: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message.split('\n')[0] ?? 'The options are not right');
  }
  const { values, positionals } = parsed;
  if (values.help || name === undefined || name === 'help' || name === '--help' || name === '-h') return { name: 'help' };
  switch (name) {
    case 'serve':
      return { name, demo: values.demo ?? false, port: values.port === undefined ? undefined : wholeNumber('port', values.port, 3000, 1, 65535) };
    case 'migrate':
      return { name };
    case 'seed':
      return { name, scale: wholeNumber('scale', values.scale, 1, 0.001, 20), seed: wholeNumber('seed', values.seed, 2024, 0, 2 ** 31 - 1), ifEmpty: values['if-empty'] ?? false };
    case 'sweep': {
      if (values.date !== undefined && !isoDateSchema.safeParse(values.date).success) throw new UsageError('--date must be a date written YYYY-MM-DD');
      return { name, date: values.date };
    }
    case 'export': {
      const format = values.format ?? 'csv';
      if (format !== 'csv' && format !== 'json' && format !== 'xlsx') throw new UsageError('--format must be csv, json or xlsx');
      return { name, authority: values.authority, format, output: values.output };
    }
    case 'import': {
      if (!values.authority || positionals.length !== 1) throw new UsageError('import needs --authority CODE and one FILE');
      return { name, authority: values.authority, file: positionals[0] as string };
    }
    case 'backup':
      return { name, output: values.output };
    case 'restore': {
      if (positionals.length !== 1) throw new UsageError('restore needs the backup FILE');
      return { name, file: positionals[0] as string };
    }
    default:
      throw new UsageError(`There is no command called "${name}"`);
  }
}
