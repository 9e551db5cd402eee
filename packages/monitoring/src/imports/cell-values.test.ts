import { describe, expect, it } from 'vitest';
import { codesCell, numberCell, textCell, timestampCell, yesNoCell } from './cell-values.js';

describe('reading cells', () => {
  it('reads an empty or blank cell as null and trims the rest, keeping a leading "=" as text', () => {
    expect(textCell('')).toBeNull();
    expect(textCell('   ')).toBeNull();
    expect(textCell(undefined)).toBeNull();
    expect(textCell('  Ynys Môn ')).toBe('Ynys Môn');
    expect(textCell('=SUM(A1)')).toBe('=SUM(A1)');
  });

  it.each([
    ['yes', true], ['Yes', true], ['TRUE', true], ['1', true], ['ie', true], ['Ie', true],
    ['no', false], ['NO', false], ['false', false], ['0', false], ['na', false], ['Na', false],
    ['', null], [' ', null],
  ])('reads %j as the answer %j', (cell, answer) => {
    expect(yesNoCell(cell)).toBe(answer);
  });

  it('passes an answer it cannot read on as text, for the schema to refuse', () => {
    expect(yesNoCell(' maybe ')).toBe('maybe');
  });

  it('splits a list on semicolons, ignoring spaces, empty items and case', () => {
    expect(codesCell(' Easy-Read ; symbols;; ')).toEqual(['easy-read', 'symbols']);
    expect(codesCell('')).toEqual([]);
  });

  it('reads numbers and passes anything else on as text', () => {
    expect(numberCell('12.5')).toBe(12.5);
    expect(numberCell('-3')).toBe(-3);
    expect(numberCell('12 km')).toBe('12 km');
    expect(numberCell('')).toBeNull();
  });
});

describe('reading times', () => {
  it.each([
    ['2024-01-15T09:30', '2024-01-15T09:30:00.000Z', 'winter: UK time is UTC'],
    ['2024-07-15T09:30', '2024-07-15T08:30:00.000Z', 'summer: UK time is an hour ahead'],
    ['2024-07-15 09:30:15', '2024-07-15T08:30:15.000Z', 'a space instead of T, with seconds'],
    ['2024-07-15T09:30:00Z', '2024-07-15T09:30:00.000Z', 'an explicit UTC time'],
    ['2024-07-15T09:30:00+01:00', '2024-07-15T08:30:00.000Z', 'an explicit offset'],
    ['2024-03-31T00:59', '2024-03-31T00:59:00.000Z', 'the last minute before the clocks go forward'],
    ['2024-03-31T02:00', '2024-03-31T01:00:00.000Z', 'the first minute after they go forward'],
    ['2024-03-31T01:30', '2024-03-31T01:30:00.000Z', 'a time in the skipped hour, read with the winter offset'],
    ['2024-10-27T01:30', '2024-10-27T00:30:00.000Z', 'the repeated hour, read as the first (summer) 01:30'],
    ['2024-10-27T02:30', '2024-10-27T02:30:00.000Z', 'after the clocks go back'],
  ])('reads %s as %s (%s)', (cell, utc) => {
    expect(timestampCell(cell)).toBe(utc);
  });

  it.each(['2024-02-30T10:00', '2024-01-15T24:00', '15/01/2024 09:30', '2024-01-15', 'yesterday'])('passes %j on as text for the schema to refuse', (cell) => {
    expect(timestampCell(cell)).toBe(cell);
  });
});
