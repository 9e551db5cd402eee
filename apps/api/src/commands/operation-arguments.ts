// Reads the options of the operations commands: `export`, `import`, `backup` and `restore`.
// Each mistake is one plain sentence (shown with the usage), never a stack trace.
import { parseArgs } from 'node:util';
import { gssCodeSchema } from '@cynnig/domain';
import { UsageError } from './arguments.js';
import { exportFormats, exportKinds, type ExportFormat, type ExportKind } from '../services/export-service.js';
import { importFileKinds, type ImportFileKind } from '../services/import-service.js';

export type OperationCommand =
  | { name: 'export'; kind: ExportKind; period: string; authority: string | null; provider: string | null; format: ExportFormat; out: string; language: 'en' | 'cy' }
  | { name: 'import'; fileType: ImportFileKind; file: string; authority: string; acceptValidRows: boolean; dryRun: boolean }
  | { name: 'backup'; file: string }
  | { name: 'restore'; file: string };

export const operationCommandNames = ['export', 'import', 'backup', 'restore'] as const;

function oneOf<T extends string>(option: string, value: string | undefined, allowed: readonly T[], fallback?: T): T {
  if (value === undefined && fallback !== undefined) return fallback;
  if (value === undefined || !(allowed as readonly string[]).includes(value)) throw new UsageError(`${option} must be one of ${allowed.join(', ')}`);
  return value as T;
}

/** `parseOperationCommand(['backup', '/backups/cynnig.sqlite'])` gives `{ name: 'backup', file: '/backups/cynnig.sqlite' }`. */
export function parseOperationCommand(argv: readonly string[]): OperationCommand {
  const [name, ...rest] = argv;
  let parsed;
  try {
    parsed = parseArgs({
      args: rest,
      allowPositionals: true,
      strict: true,
      options: {
        period: { type: 'string' },
        authority: { type: 'string' },
        provider: { type: 'string' },
        format: { type: 'string' },
        out: { type: 'string' },
        language: { type: 'string' },
        'accept-valid-rows': { type: 'boolean' },
        'dry-run': { type: 'boolean' },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message.split('\n')[0] ?? 'The options are not right');
  }
  const { values, positionals } = parsed;
  const authority = values.authority === undefined ? null : values.authority.toUpperCase();
  if (authority !== null && !gssCodeSchema.safeParse(authority).success) throw new UsageError('--authority must be a Welsh council\'s GSS code, like W06000015');
  switch (name) {
    case 'export': {
      if (positionals.length !== 1) throw new UsageError(`export needs one kind: ${exportKinds.join(', ')}`);
      if (!values.period) throw new UsageError('export needs --period, like 2025-Q3 or 2025-26');
      if (!values.out) throw new UsageError('export needs --out FILE');
      if (authority && values.provider) throw new UsageError('give --authority or --provider, not both');
      return {
        name,
        kind: oneOf('the kind', positionals[0], exportKinds),
        period: values.period,
        authority,
        provider: values.provider ?? null,
        format: oneOf('--format', values.format, exportFormats, 'csv'),
        out: values.out,
        language: oneOf('--language', values.language, ['en', 'cy'] as const, 'en'),
      };
    }
    case 'import': {
      if (positionals.length !== 2) throw new UsageError('import needs the file type and one FILE');
      if (!authority) throw new UsageError('import needs --authority CODE, the council the file is from');
      return { name, fileType: oneOf('the file type', positionals[0], importFileKinds), file: positionals[1]!, authority, acceptValidRows: values['accept-valid-rows'] ?? false, dryRun: values['dry-run'] ?? false };
    }
    case 'backup':
    case 'restore':
      if (positionals.length !== 1) throw new UsageError(`${name} needs one FILE`);
      return { name, file: positionals[0]! };
    default:
      throw new UsageError(`There is no command called "${name}"`);
  }
}
