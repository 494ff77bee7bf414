import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { POLICY_KEYS } from './schema.ts';

describe('managed_schema.json', () => {
  it('declares exactly the policy keys', () => {
    const schema = JSON.parse(readFileSync('public/managed_schema.json', 'utf8')) as {
      properties: Record<string, unknown>;
    };
    expect(Object.keys(schema.properties).sort()).toEqual([...POLICY_KEYS].sort());
  });
});
