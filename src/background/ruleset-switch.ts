/**
 * Switching static rulesets without failing open: Chromium rejects the whole
 * `updateEnabledRulesets` call when one ruleset does not fit the rule pool, which would leave a
 * child with none of the new lists. On such a failure, disable what must go, then enable the
 * wanted rulesets one by one so every list that fits is on; the rest is reported.
 */
export type UpdateRulesets = (enable: string[], disable: string[]) => Promise<void>;

export interface RulesetSwitch {
  /** Rulesets the browser refused to enable, with its reason. */
  refused: { id: string; error: string }[];
}

export async function switchRulesets(
  enable: string[],
  disable: string[],
  update: UpdateRulesets,
): Promise<RulesetSwitch> {
  if (enable.length === 0 && disable.length === 0) return { refused: [] };
  try {
    await update(enable, disable);
    return { refused: [] };
  } catch {
    // Fall through: one of them did not fit.
  }
  if (disable.length > 0) await update([], disable).catch(() => undefined);
  const refused: RulesetSwitch['refused'] = [];
  for (const id of enable) {
    try {
      await update([id], []);
    } catch (error) {
      refused.push({ id, error: String(error) });
    }
  }
  return { refused };
}
