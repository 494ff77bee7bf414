import { describe, expect, it } from 'vitest';
import { MESSAGES } from './protocol.ts';
import type { MessageKind } from './protocol.ts';
import { targetOf } from './targets.ts';

describe('message targets', () => {
  it('agree with the schema list for every kind', () => {
    for (const kind of Object.keys(MESSAGES) as MessageKind[]) {
      expect(targetOf(kind), kind).toBe(MESSAGES[kind].target);
    }
  });
});
