import { describe, expect, it } from 'vitest';
import { parseCommand, UsageError } from './arguments.js';

describe('the command line', () => {
  it.each([
    [['serve'], { name: 'serve', demo: false, port: undefined }],
    [['serve', '--demo', '--port', '8080'], { name: 'serve', demo: true, port: 8080 }],
    [['migrate'], { name: 'migrate' }],
    [['seed', '--scale', '0.1', '--seed', '7'], { name: 'seed', scale: 0.1, seed: 7, ifEmpty: false }],
    [['seed', '--scale', '0.02', '--if-empty'], { name: 'seed', scale: 0.02, seed: 2024, ifEmpty: true }],
    [['sweep', '--date', '2025-04-01'], { name: 'sweep', date: '2025-04-01' }],
    [['restore', 'backup.sqlite'], { name: 'restore', file: 'backup.sqlite' }],
    [[], { name: 'help' }],
  ])('reads %j', (argv, command) => {
    expect(parseCommand(argv)).toEqual(command);
  });

  it.each([
    [['serve', '--port', 'eighty'], /--port/],
    [['sweep', '--date', '1/4/2025'], /--date/],
    [['seed', '--scale', '-1'], /--scale/],
    [['launch'], /no command called "launch"/],
    [['serve', '--colour'], /colour/],
  ])('refuses %j with one plain sentence', (argv, message) => {
    expect(() => parseCommand(argv)).toThrow(UsageError);
    expect(() => parseCommand(argv)).toThrow(message);
  });
});
