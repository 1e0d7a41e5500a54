import { describe, expect, it } from 'vitest';
import { csvField, csvTable, csvText } from '../../src/export/csv';
import { parseCsv } from './parseCsv';

describe('csv', () => {
  it('quotes commas, quotes and line breaks, and nothing else', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField(-12.5)).toBe('-12.5');
    expect(csvField(undefined)).toBe('');
    expect(csvField('Wang, Li')).toBe('"Wang, Li"');
    expect(csvField('say "no"')).toBe('"say ""no"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
  });

  it('defuses text a spreadsheet would run as a formula', () => {
    expect(csvText('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(csvText('+1')).toBe("'+1");
    expect(csvText('-cmd')).toBe("'-cmd");
    expect(csvText('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvText('Li Na')).toBe('Li Na');
  });

  it('writes a table that reads back field for field', () => {
    const text = csvTable(
      ['name', 'note'],
      [
        [csvText('Wang, Li'), csvText('said "hello"\nthen left')],
        [csvText('=1+1'), csvField(3)],
      ],
    );
    expect(parseCsv(text)).toEqual([
      ['name', 'note'],
      ['Wang, Li', 'said "hello"\nthen left'],
      ["'=1+1", '3'],
    ]);
  });
});
