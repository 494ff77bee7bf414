import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TEXT_CATEGORIES } from '../src/core/taxonomy.ts';

const ROOT = join(import.meta.dirname, '..');
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');

function run(
  input: string,
  args: string[] = [],
): { status: number | null; lines: Record<string, unknown>[] } {
  const r = spawnSync(TSX, [join(ROOT, 'scripts', 'classify.ts'), ...args], {
    input,
    encoding: 'utf8',
  });
  const lines = r.stdout
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Record<string, unknown>);
  return { status: r.status, lines };
}

describe('classify CLI', () => {
  it('classifies good lines and reports bad lines without stopping', () => {
    const input = [
      '{"id":"a","text":"kèo nhà cái uy tín, tỷ lệ kèo, nạp tiền nhận thưởng"}',
      'not json',
      '{"id":"b"}',
      '{"id":7,"text":42}',
      '[1,2]',
      '',
      '{"id":"c","text":"Hà Nội là thủ đô của Việt Nam."}',
    ].join('\n');
    const { status, lines } = run(input);
    expect(status).toBe(0);
    expect(lines).toHaveLength(6);
    const [a, bad, b, seven, arr, c] = lines;
    expect(a?.id).toBe('a');
    expect(Object.keys(a?.scores as object).sort()).toEqual([...TEXT_CATEGORIES].sort());
    expect(a?.flagged).toEqual(['gambling']);
    expect(a?.lang).toBe('vi');
    expect((a?.evidence as unknown[]).length).toBeGreaterThan(0);
    expect(bad).toMatchObject({ id: null });
    expect(typeof bad?.error).toBe('string');
    expect(b).toMatchObject({ id: 'b' });
    expect(b?.error).toMatch(/text/);
    expect(seven).toMatchObject({ id: 7 });
    expect(arr).toMatchObject({ id: null });
    expect(c).toMatchObject({ id: 'c', flagged: [] });
  }, 30_000);

  it('honours --tier', () => {
    const input = '{"id":"v","text":"video chặt đầu máu me kinh hoàng, clip đánh nhau"}\n';
    expect(run(input, ['--tier', 'early']).lines[0]?.flagged).toContain('violence');
    expect(run(input, ['--tier', 'adult']).lines[0]?.flagged).toEqual([]);
  }, 30_000);
});
