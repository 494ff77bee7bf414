/** The policy in force: the console's local settings with the school's managed policy laid over. */
import { overlayPolicy, parsePolicy } from '../core/policy/parse.ts';
import type { PolicyIssue } from '../core/policy/parse.ts';
import type { Policy, PolicyKey } from '../core/policy/schema.ts';
import { readLocal, readManaged } from '../platform/storage.ts';

export const LOCAL_POLICY_KEY = 'policy';

export interface PolicyState {
  policy: Policy;
  managedKeys: PolicyKey[];
  issues: PolicyIssue[];
  /** Set when the managed policy was not readable yet: resolves once it is. */
  managedLater?: Promise<unknown>;
}

export async function loadPolicyState(): Promise<PolicyState> {
  const local = parsePolicy((await readLocal<unknown>(LOCAL_POLICY_KEY)) ?? {});
  const managedRead = await readManaged();
  const managed = parsePolicy(managedRead.values);
  const issues = [...managed.errors, ...managed.warnings].map((i) => ({
    ...i,
    message: `managed policy: ${i.message}`,
  }));
  for (const issue of issues) console.warn(`[KidShield] ${issue.key}: ${issue.message}`);
  return {
    policy: overlayPolicy(local.policy, managed.policy),
    managedKeys: Object.keys(managed.policy) as PolicyKey[],
    issues: [...issues, ...local.errors, ...local.warnings],
    ...(managedRead.settled ? {} : { managedLater: managedRead.later }),
  };
}
