/** Parse untrusted policy input key by key: what is valid is kept, what is not is named. */
import { POLICY_KEYS, policyKeySchemas } from './schema.ts';
import type { Policy, PolicyKey } from './schema.ts';

export interface PolicyIssue {
  key: string;
  message: string;
}

export interface ParsedPolicy {
  policy: Policy;
  /** Unknown keys: ignored. */
  warnings: PolicyIssue[];
  /** Invalid values: rejected, each naming its key. */
  errors: PolicyIssue[];
}

function isPolicyKey(key: string): key is PolicyKey {
  return (POLICY_KEYS as string[]).includes(key);
}

export function parsePolicy(input: unknown): ParsedPolicy {
  const result: ParsedPolicy = { policy: {}, warnings: [], errors: [] };
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    result.errors.push({ key: '(root)', message: 'policy must be a JSON object' });
    return result;
  }
  for (const [key, value] of Object.entries(input)) {
    if (!isPolicyKey(key)) {
      result.warnings.push({ key, message: `unknown policy key "${key}" ignored` });
      continue;
    }
    const parsed = policyKeySchemas[key].safeParse(value);
    if (parsed.success) {
      (result.policy as Record<string, unknown>)[key] = parsed.data;
    } else {
      const first = parsed.error.issues[0];
      const where = first && first.path.length ? `${key}.${first.path.join('.')}` : key;
      result.errors.push({ key: where, message: first?.message ?? 'invalid value' });
    }
  }
  return result;
}

/** Managed values win over local ones, key by key. */
export function overlayPolicy(local: Policy, managed: Policy): Policy {
  return { ...local, ...managed };
}
