import type { ValueName } from '../contracts/values';
import { guideForSite, type KnownGuide } from '../guides/registry';
import { withEvidence, withHandEnteredSet } from '../guides/steps';
import { excludedValues, lifetimeOf } from '../settings/settings';
import { acceptValue } from '../systems/value-checks';
import { SYSTEMS } from '../systems/registry';
import type { Vault } from '../vault/vault';
import type { KeepValues, ReadSettings, RecordEvidence } from './deps';
import type { ProgressStore } from './progress';

export interface KeepingDeps {
  vault: Pick<Vault, 'put'>;
  progress: Pick<ProgressStore, 'update'>;
  settings: ReadSettings;
  defaultGuide(): Promise<KnownGuide>;
}

/** What was seen goes into the guide's progress; values are kept only when their checks pass. */
export function createKeeping({ vault, progress, settings, defaultGuide }: KeepingDeps): {
  recordEvidence: RecordEvidence;
  keepValues: KeepValues;
} {
  const guideOf = async (site: Parameters<RecordEvidence>[0]) => (site && guideForSite(site)) || (await defaultGuide());
  /** `entered`: the values were typed by hand (the settings' exclusions given), see withHandEnteredSet. */
  const record = async (
    site: Parameters<RecordEvidence>[0],
    change: Parameters<RecordEvidence>[1],
    entered?: { excluded: ValueName[] },
  ) => {
    const guide = await guideOf(site);
    await progress.update(guide.id, (p) => {
      const next = withEvidence(guide, p, change);
      return entered ? withHandEnteredSet(guide, next, entered.excluded) : next;
    });
  };
  const recordEvidence: RecordEvidence = (site, change) => record(site, change);

  /**
   * Stores values (normalised) for the lifetime in force and records them as captured; never what
   * the settings exclude, and never a value whose check fails (a hostile page may offer anything).
   * Returns the refusals, each with its reason; the caller decides whether that is an error.
   * `byHand`: typed into our own form, where a complete set also proves the steps before it.
   */
  const keepValues: KeepValues = async (site, values, origin = null, byHand = false) => {
    const { values: s } = await settings();
    const names: ValueName[] = [];
    const refused: string[] = [];
    for (const [name, raw] of Object.entries(values) as [ValueName, string][]) {
      if (excludedValues(s).includes(name)) continue;
      const accepted = acceptValue(name, raw);
      if (accepted.value === null) {
        if (raw.trim()) refused.push(accepted.result.message);
        continue;
      }
      await vault.put(name, accepted.value, origin, lifetimeOf(s));
      names.push(name);
    }
    // The value its system says names the account the guide follows (UKG: the user name).
    const accountValue = SYSTEMS[(await guideOf(site)).id].behaviour.accountValue;
    const account = accountValue && names.includes(accountValue) ? values[accountValue]?.trim() : undefined;
    const change = { captured: names, ...(account ? { accountName: account, accountOrigin: origin } : {}) };
    await record(site, change, byHand ? { excluded: excludedValues(s) } : undefined);
    return refused;
  };

  return { recordEvidence, keepValues };
}
