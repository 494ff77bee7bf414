/** Access requests and children's reports. */
import type { AccessRequest, ActiveGrant, ChildReport } from '../core/access.ts';
import type { KidShieldDatabase } from './database.ts';

export async function addRequest(db: KidShieldDatabase, request: AccessRequest): Promise<number> {
  return (await db.requests.add(request)) as number;
}

export async function getRequest(
  db: KidShieldDatabase,
  id: number,
): Promise<AccessRequest | undefined> {
  return db.requests.get(id);
}

export async function updateRequest(
  db: KidShieldDatabase,
  id: number,
  changes: Partial<AccessRequest>,
): Promise<void> {
  await db.requests.update(id, changes);
}

export async function pendingRequests(db: KidShieldDatabase): Promise<AccessRequest[]> {
  return db.requests.where('status').equals('pending').reverse().sortBy('ts');
}

/** Approved requests with a rule: what the expiry sweep looks at. */
export async function activeGrants(db: KidShieldDatabase): Promise<ActiveGrant[]> {
  const approved = await db.requests.where('status').equals('approved').toArray();
  return approved
    .filter((r) => r.id !== undefined && r.ruleId !== undefined && r.expiresAt !== undefined)
    .map((r) => ({
      requestId: r.id as number,
      ruleId: r.ruleId as number,
      expiresAt: r.expiresAt as number,
    }));
}

export async function addReport(db: KidShieldDatabase, report: ChildReport): Promise<number> {
  return (await db.reports.add(report)) as number;
}
