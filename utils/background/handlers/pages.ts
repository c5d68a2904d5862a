import { ProtocolError } from '../../contracts/envelope';
import { valueLabel, type ValueName } from '../../contracts/values';
import { eventsFromChecks } from '../../guides/events';
import { guideForSite } from '../../guides/registry';
import { t } from '../../i18n/i18n';
import { formatOutline } from '../../outline/format';
import type { Handlers } from '../../protocol/router';
import { excludedValues } from '../../settings/settings';
import { systemValues } from '../../systems/catalog';
import { behaviourOf } from '../../systems/registry';
import type { Vault } from '../../vault/vault';
import type { AskTopFrame, KeepValues, ReadSettings, RecordEvidence, Refresh, SendToTopFrame, TabOf } from '../deps';
import type { TabPages } from '../tab-pages';
import type { Decoys } from '../decoys';

/** What the page handlers need. */
export interface PageDeps {
  vault: Pick<Vault, 'from'>;
  tabPages: Pick<TabPages, 'get' | 'set'>;
  decoys: Pick<Decoys, 'remember'>;
  recordEvidence: RecordEvidence;
  keepValues: KeepValues;
  refresh: Refresh;
  tabOf: TabOf;
  askTopFrame: AskTopFrame;
  sendToTopFrame: SendToTopFrame;
  settings: ReadSettings;
}

/** What the vendor pages report, and what the side panel asks of the page of its tab. */
export function pageHandlers(
  deps: PageDeps,
): Pick<Handlers, 'page/detected' | 'page/decoy' | 'capture/request' | 'form/fix' | 'form/fill' | 'outline/request'> {
  const { vault, tabPages, recordEvidence, keepValues, refresh, tabOf, askTopFrame, sendToTopFrame, settings } = deps;
  return {
    async 'page/detected'(msg, from) {
      if (from.kind !== 'content-script') return null;
      const { pageId, available, fillable, checks, fixes, fingerprints } = msg;
      await tabPages.set(from.tabId, {
        site: from.site,
        origin: from.url.origin,
        report: { pageId, available, fillable, checks, fixes, fingerprints },
      });
      const behaviour = behaviourOf(from.site);
      await recordEvidence(from.site, {
        ...(pageId ? { visited: pageId } : {}),
        events: behaviour ? eventsFromChecks(behaviour, checks) : [],
      });
      await refresh(from.tabId);
      return null;
    },
    /** Only a value the sender's system declares a decoy of (a page cannot make any value suspect). */
    async 'page/decoy'(msg, from) {
      if (from.kind !== 'content-script' || !behaviourOf(from.site)?.decoys?.[msg.value]) return null;
      await deps.decoys.remember(from.url.origin, msg.value, msg.sha256);
      await refresh();
      return null;
    },
    async 'capture/request'(msg, from) {
      const tabId = tabOf(from, msg);
      const entry = tabId === null ? null : await tabPages.get(tabId);
      const label = valueLabel(msg.value);
      if (tabId === null || !entry?.report.available.includes(msg.value))
        throw new ProtocolError('page-unavailable', t('capture_unavailable', label));
      if (excludedValues((await settings()).values).includes(msg.value))
        throw new ProtocolError('forbidden', t('capture_turned_off', label));
      const read = await askTopFrame(tabId, { type: 'to-page/read', value: msg.value });
      const value = typeof read?.value === 'string' ? read.value : '';
      if (!value.trim()) throw new ProtocolError('no-value', t('capture_not_found', label));
      const [refused] = await keepValues(entry.site, { [msg.value]: value }, entry.origin);
      await refresh(tabId);
      if (refused) throw new ProtocolError('invalid-value', refused);
      return null;
    },
    async 'form/fix'(msg, from) {
      const tabId = tabOf(from, msg);
      if (tabId !== null) await sendToTopFrame(tabId, { type: 'to-page/fix', fix: msg.fix }).catch(() => undefined);
      return null;
    },
    async 'form/fill'(msg, from) {
      const tabId = tabOf(from, msg);
      const entry = tabId === null ? null : await tabPages.get(tabId);
      const guide = entry && guideForSite(entry.site);
      // Only into the origin each value was captured on, only that site's guide's values, and only
      // fields the page offers: a compromised or hostile tab never gets another site's secret.
      const own = entry && guide ? await vault.from(entry.origin) : {};
      const allowed: readonly ValueName[] = guide ? systemValues(guide.id) : [];
      const wanted = Object.fromEntries(
        (entry?.report.fillable ?? []).flatMap((n) => (allowed.includes(n) && own[n] !== undefined ? [[n, own[n]]] : [])),
      );
      if (tabId === null || !entry || Object.keys(wanted).length === 0) throw new ProtocolError('page-unavailable', t('fill_other_origin'));
      const reply = await askTopFrame(tabId, { type: 'to-page/fill', values: wanted });
      const filled = (reply?.filled ?? []).filter((n) => Object.hasOwn(wanted, n));
      if (filled.length === 0) throw new ProtocolError('page-unavailable', t('fill_nothing'));
      const fillEvent = behaviourOf(entry.site)?.fillEvent;
      if (fillEvent) await recordEvidence(entry.site, { events: [fillEvent] });
      await refresh(tabId);
      return { filled };
    },
    async 'outline/request'(msg, from) {
      const tabId = tabOf(from, msg);
      // Only a tab whose content script has reported: it is ours and it can answer.
      const reply = tabId !== null && (await tabPages.get(tabId)) ? await askTopFrame(tabId, { type: 'to-page/outline' }) : null;
      // Redacted here: the admin sees exactly what they may send.
      const outline = formatOutline(reply?.lines);
      if (outline === null) throw new ProtocolError('page-unavailable', t('outline_unavailable'));
      return { outline: outline.slice(0, 30_000) };
    },
  };
}
