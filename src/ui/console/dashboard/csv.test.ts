import { describe, expect, it } from 'vitest';
import { BOM, csvField, toCsv } from './csv.ts';

describe('CSV export', () => {
  it('starts with a BOM and keeps Vietnamese text as is', () => {
    const csv = toCsv(['tiêu đề'], [['Trang cá cược – kèo nhà cái']]);
    expect(csv.startsWith(BOM)).toBe(true);
    expect(csv).toBe(`${BOM}tiêu đề\r\nTrang cá cược – kèo nhà cái\r\n`);
  });

  it('quotes commas, quotes, line breaks and edge spaces', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('line\nbreak')).toBe('"line\nbreak"');
    expect(csvField(' padded')).toBe('" padded"');
    expect(csvField(undefined)).toBe('');
    expect(csvField(0.25)).toBe('0.25');
  });

  it('defuses spreadsheet formulas', () => {
    expect(csvField('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(csvField('+84 123')).toBe("'+84 123");
    expect(csvField('-1+2')).toBe("'-1+2");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('\tcmd')).toBe("'\tcmd");
  });
});
