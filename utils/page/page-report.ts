import { warn } from '../contracts/check';
import { fingerprint } from '../crypto/sha256';
import type { DetectedPage, FieldCheck, PageContext, PageDef } from '../contracts/page';
import { valueLabel, type ValueName } from '../contracts/values';
import { isMasked } from '../dom/labels';
import { t } from '../i18n/i18n';
import type { Request } from '../protocol/messages';

/**
 * What a source page reports after a look (`page/detected`): the page, the values it can give or
 * take, and its form's checks (messages only, never values). The checks come back with their
 * elements, for the hints drawn beside the fields; `shown` holds the values the page offers, only
 * to be fingerprinted (they never leave the page without a capture request).
 */
export function pageReport(
  detected: DetectedPage | null,
  pageCtx: PageContext,
  siteChecks: FieldCheck[],
  shape: (checks: FieldCheck[]) => FieldCheck[] = (c) => c,
): { message: Request<'page/detected'>; checks: FieldCheck[]; shown: Partial<Record<ValueName, string>> } {
  const page = detected?.page;
  const doc = detected?.doc;
  const reads = (Object.entries(page?.captures ?? {}) as [ValueName, NonNullable<PageDef['captures']>[ValueName]][]).map(
    ([name, read]) => [name, doc ? (read?.(doc, pageCtx) ?? null) : null] as const,
  );
  // A value the page shows masked (•••) is never captured: the admin is asked to reveal it first.
  const available = reads.filter(([, r]) => r && !isMasked(r.value)).map(([name]) => name);
  const masked: FieldCheck[] = reads
    .filter(([, r]) => r && isMasked(r.value))
    .map(([name, r]) => ({ field: 'masked', element: r!.element, result: warn(t('check_value_masked', valueLabel(name))) }));
  const fillable = (Object.entries(page?.fill ?? {}) as [ValueName, (d: Document) => HTMLInputElement | null][])
    .filter(([, find]) => doc && find(doc))
    .map(([name]) => name);
  const checks = shape([...siteChecks, ...(doc && page?.form ? page.form.check(doc) : []), ...masked]);
  return {
    message: {
      type: 'page/detected',
      pageId: page?.id ?? null,
      available,
      fillable,
      checks: checks.map((c) => ({ field: c.field, ...c.result })),
      fixes: page?.form?.fixes?.(checks) ?? [],
    },
    checks,
    shown: Object.fromEntries(reads.flatMap(([name, r]) => (r && !isMasked(r.value) ? [[name, r.value]] : []))),
  };
}

/**
 * Tells the background what the page shows, with a fingerprint of each value it offers (so a
 * value already kept is not offered again); only when something changed, and never an older
 * look's report after a newer one's.
 */
export function createReporter(send: (message: Request) => unknown) {
  let looks = 0;
  let reported = '';
  let printed: { values: string; prints: Promise<(readonly [string, string])[]> } | null = null;
  return {
    report(message: Request<'page/detected'>, shown: Partial<Record<ValueName, string>>) {
      const look = ++looks;
      // Hashed once per value shown, not on every look (a look follows every burst of DOM changes).
      const values = JSON.stringify(shown);
      if (printed?.values !== values)
        printed = {
          values,
          prints: Promise.all(Object.entries(shown).map(async ([name, value]) => [name, await fingerprint(value)] as const)),
        };
      void printed.prints.then((prints) => {
        if (look !== looks) return;
        const full = prints.length ? { ...message, fingerprints: Object.fromEntries(prints) } : message;
        const text = JSON.stringify(full);
        if (text !== reported) {
          reported = text;
          void send(full);
        }
      });
    },
    /** The next report goes out even if unchanged (its messages are in a new language). */
    again() {
      reported = '';
    },
  };
}
