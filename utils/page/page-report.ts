import { warn } from '../contracts/check';
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
