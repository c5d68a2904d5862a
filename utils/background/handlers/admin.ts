import { ProtocolError } from '../../contracts/envelope';
import { guideList } from '../../guides/registry';
import { t } from '../../i18n/i18n';
import type { Handlers } from '../../protocol/router';
import type { LanguageChoice } from '../../i18n/i18n';
import type { SettingKey, Settings } from '../../settings/settings';
import type { ReadSettings, Refresh } from '../deps';
import type { OnPremHosts } from '../onprem-hosts';
import type { ProgressStore } from '../progress';

/** What the admin handlers need. */
export interface AdminDeps {
  settings: ReadSettings;
  /** Stores the admin's own choices (merged over what they chose before). */
  saveSettings(change: Partial<Settings>): Promise<void>;
  changeLanguage(): Promise<void>;
  currentLanguage(): Promise<LanguageChoice>;
  refresh: Refresh;
  progress: Pick<ProgressStore, 'records' | 'reset'>;
  /** Start over forgets the last Send too (its summary, or a fill that waits for Together's Save). */
  relay: { forget(): Promise<void> };
  onPrem: Pick<OnPremHosts, 'list' | 'add' | 'remove'>;
  /** The on-premises origins changed: senders are classified by the new list. */
  originsChanged(list?: readonly string[]): void;
}

/** Options and the admin's records: settings, language, setup records, progress, on-premises hosts. */
export function adminHandlers(
  deps: AdminDeps,
): Pick<
  Handlers,
  'settings/get' | 'settings/set' | 'language/get' | 'records/list' | 'progress/reset' | 'hosts/list' | 'hosts/add' | 'hosts/remove'
> {
  const { settings, changeLanguage, refresh, progress, onPrem, originsChanged, currentLanguage } = deps;
  return {
    async 'settings/get'() {
      return settings();
    },
    async 'settings/set'(msg) {
      const { locked } = await settings();
      const { type: _type, ...change } = msg;
      const refused = (Object.keys(change) as SettingKey[]).filter((k) => locked.includes(k));
      if (refused.length) throw new ProtocolError('forbidden', t('settings_locked'));
      await deps.saveSettings(change);
      if (change.language) await changeLanguage();
      await refresh();
      return settings();
    },
    async 'language/get'() {
      return currentLanguage();
    },
    async 'records/list'() {
      return progress.records();
    },
    async 'progress/reset'() {
      for (const guide of guideList()) await progress.reset(guide.id);
      await deps.relay.forget();
      await refresh();
      return null;
    },
    async 'hosts/list'(msg) {
      return onPrem.list(msg.system);
    },
    async 'hosts/add'(msg) {
      const allowed = (await settings()).values.onPremOrigins[msg.system];
      if (allowed && !allowed.includes(msg.origin))
        throw new ProtocolError('forbidden', t('hosts_not_allowed', allowed.join(', ') || t('hosts_none')));
      const list = await onPrem.add(msg.system, msg.origin).catch(() => {
        throw new ProtocolError('forbidden', t('hosts_not_granted', msg.origin));
      });
      originsChanged();
      return list;
    },
    async 'hosts/remove'(msg) {
      const list = await onPrem.remove(msg.system, msg.origin);
      originsChanged();
      return list;
    },
  };
}
