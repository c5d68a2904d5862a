import { ProtocolError } from '../../contracts/envelope';
import { valueLabel } from '../../contracts/values';
import { t } from '../../i18n/i18n';
import type { Handlers } from '../../protocol/router';
import { connectionTestFor } from '../../systems/registry';
import { lifetimeOf } from '../../settings/settings';
import type { Vault } from '../../vault/vault';
import type { ClipboardGuard } from '../clipboard';
import type { KeepValues, ReadSettings, Refresh, TabOf } from '../deps';
import type { TabPages } from '../tab-pages';

/** What the value handlers need. */
export interface ValueDeps {
  vault: Pick<Vault, 'all' | 'extend' | 'clear'>;
  tabPages: Pick<TabPages, 'get'>;
  clipboard: Pick<ClipboardGuard, 'copied' | 'clearIfPending'>;
  keepValues: KeepValues;
  refresh: Refresh;
  tabOf: TabOf;
  settings: ReadSettings;
}

/** The captured values as our own pages handle them: reveal, paste in, clear, copy, test. */
export function valueHandlers(
  deps: ValueDeps,
): Pick<Handlers, 'vault/reveal' | 'vault/put' | 'vault/extend' | 'vault/clear' | 'clipboard/copied' | 'connection/test'> {
  const { vault, tabPages, clipboard, keepValues, refresh, tabOf, settings } = deps;
  return {
    async 'vault/reveal'(msg) {
      const value = (await vault.all())[msg.value];
      if (value === undefined) throw new ProtocolError('expired', t('value_gone', valueLabel(msg.value)));
      return { value };
    },
    async 'vault/put'(msg, from) {
      const tabId = tabOf(from, msg);
      // Typed by the admin in our own form: no page origin, so never filled into a vendor page.
      const refused = await keepValues(tabId === null ? null : ((await tabPages.get(tabId))?.site ?? null), msg.values, null, true);
      await refresh();
      if (refused.length) throw new ProtocolError('invalid-value', refused.join(' '));
      return null;
    },
    async 'vault/extend'() {
      const extended = await vault.extend(lifetimeOf((await settings()).values));
      return { extended };
    },
    async 'vault/clear'() {
      await vault.clear();
      await clipboard.clearIfPending();
      return null;
    },
    async 'clipboard/copied'() {
      await clipboard.copied();
      return null;
    },
    async 'connection/test'() {
      const values = await vault.all();
      const test = connectionTestFor(values)?.connectionTest;
      if (!test) throw new ProtocolError('no-value', t('test_needs_values'));
      return test.run(values);
    },
  };
}
