import { browser } from 'wxt/browser';
import { effectiveSettings, type EffectiveSettings, type Settings } from '../settings/settings';
import { settingsItem } from './storage-items';

/** The settings in force and the admin's own choices: the organisation's (managed storage, when a policy sets any) over the admin's. */
export function createSettingsPart() {
  async function settings(): Promise<EffectiveSettings> {
    const managed = await browser.storage.managed?.get(null).catch(() => ({}));
    return effectiveSettings(await settingsItem.getValue(), managed);
  }
  /** Stores the admin's own choices, merged over what they chose before. */
  const saveSettings = async (change: Partial<Settings>) => {
    const current = (await settingsItem.getValue()) ?? {};
    await settingsItem.setValue({ ...(current as object), ...change });
  };
  return { settings, saveSettings };
}
