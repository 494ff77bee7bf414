import { describe, expect, it } from 'vitest';
import { parseLine } from './parse-line.ts';

describe('parseLine', () => {
  it('skips blanks, comments and hosts boilerplate', () => {
    for (const line of [
      '',
      '   ',
      '# c',
      '! abp',
      '[Adblock Plus 2.0]',
      '127.0.0.1 localhost',
      '0.0.0.0 0.0.0.0',
    ]) {
      expect(parseLine(line), line).toEqual({ kind: 'skip' });
    }
  });
  it('reads plain, hosts and ABP lines', () => {
    expect(parseLine(' example.com ')).toEqual({ kind: 'names', names: ['example.com'] });
    expect(parseLine('0.0.0.0 a.example # tracker')).toEqual({
      kind: 'names',
      names: ['a.example'],
    });
    expect(parseLine('127.0.0.1\ta.example b.example')).toEqual({
      kind: 'names',
      names: ['a.example', 'b.example'],
    });
    expect(parseLine('::1 v6.example')).toEqual({ kind: 'names', names: ['v6.example'] });
    expect(parseLine('||abp.example^')).toEqual({ kind: 'names', names: ['abp.example'] });
    expect(parseLine('||abp.example^$document')).toEqual({ kind: 'names', names: ['abp.example'] });
  });
  it('explains lines it cannot use', () => {
    expect(parseLine('@@||ok.example^')).toMatchObject({ kind: 'error', reason: /exception/ });
    expect(parseLine('||abp.example^$third-party')).toMatchObject({
      kind: 'error',
      reason: /options/,
    });
    expect(parseLine('||abp.example/path')).toMatchObject({ kind: 'error' });
    expect(parseLine('two words.example')).toMatchObject({ kind: 'error', reason: /hosts line/ });
  });
});
