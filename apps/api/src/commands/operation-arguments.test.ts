import { describe, expect, it } from 'vitest';
import { UsageError } from './arguments.js';
import { parseOperationCommand } from './operation-arguments.js';

describe('reading the operations commands', () => {
  it.each([
    [['export', 'quarterly-return', '--period', '2025-Q3', '--out', 'q3.csv'], { name: 'export', kind: 'quarterly-return', period: '2025-Q3', authority: null, provider: null, format: 'csv', out: 'q3.csv', language: 'en' }],
    [['export', 'child-extract', '--period', '2025-26', '--authority', 'w06000015', '--format', 'xlsx', '--out', 'c.xlsx', '--language', 'cy'], { name: 'export', kind: 'child-extract', period: '2025-26', authority: 'W06000015', provider: null, format: 'xlsx', out: 'c.xlsx', language: 'cy' }],
    [['import', 'placements', 'placements.csv', '--authority', 'W06000015', '--accept-valid-rows', '--dry-run'], { name: 'import', fileType: 'placements', file: 'placements.csv', authority: 'W06000015', acceptValidRows: true, dryRun: true }],
    [['backup', '/backups/cynnig.sqlite'], { name: 'backup', file: '/backups/cynnig.sqlite' }],
    [['restore', 'cynnig.backup'], { name: 'restore', file: 'cynnig.backup' }],
  ])('reads %j', (argv, expected) => {
    expect(parseOperationCommand(argv)).toEqual(expected);
  });

  it.each([
    [['export', 'quarterly-return', '--out', 'q3.csv'], /--period/],
    [['export', 'quarterly-return', '--period', '2025-Q3'], /--out FILE/],
    [['export', 'measures', '--period', '2025-Q3', '--out', 'x', '--format', 'pdf'], /--format must be one of csv, xlsx, json/],
    [['export', 'measures', '--period', '2025-Q3', '--out', 'x', '--authority', 'W06000015', '--provider', 'p'], /not both/],
    [['import', 'children', 'children.csv'], /--authority/],
    [['import', 'children', 'children.csv', '--authority', 'E09000001'], /GSS code/],
    [['import', 'pets', 'pets.csv', '--authority', 'W06000015'], /the file type must be one of/],
    [['backup'], /needs one FILE/],
    [['restore', 'a', 'b'], /needs one FILE/],
    [['export', 'measures', '--colour', 'red'], /colour/],
  ])('refuses %j with one sentence', (argv, message) => {
    expect(() => parseOperationCommand(argv)).toThrow(UsageError);
    expect(() => parseOperationCommand(argv)).toThrow(message);
  });
});
