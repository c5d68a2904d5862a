import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readLabelledValue } from '@/utils/dom/labels';
import { detectPage } from '@/utils/contracts/page';
import { PAGES as UKG_PAGES } from '@/utils/systems/ukg-pro/pages';
import { htmlDocument } from '@/test/support/factories';

const fixture = (name: string) => readFileSync(resolve(import.meta.dirname, 'fixtures', name), 'utf8');
const detectId = (doc: Document) => detectPage(UKG_PAGES, [doc])?.page.id ?? null;

const LIST_VARIANTS: Record<string, string> = {
  'label and value in sibling spans': `<h1>Service Account Administration</h1><div><span>Customer API Key:</span> <span id="k">B7K2Q</span></div>`,
  'label/value table cells, odd spacing and case': `<span class="PageTitle">  Service   ACCOUNT administration </span><table><tr><td>Customer API key</td><td id="k">Q2W8R</td></tr></table>`,
  'one text node': `<h2>Service Account Administration</h2><p id="k">Customer API Key: ZZ9A1</p>`,
  'definition list': `<div role="heading" aria-level="1">Service Account Administration</div><dl><dt>Customer API Key</dt><dd id="k">M4N5P</dd></dl>`,
  'read-only input': `<h1>Service Account Administration</h1><label>Customer API Key</label><input id="k" readonly value="R7T8Y">`,
};

describe('UKG Pro: Service Account Administration', () => {
  for (const [variant, html] of Object.entries(LIST_VARIANTS)) {
    it(`is recognised and yields the Customer API key (${variant})`, () => {
      const doc = htmlDocument(`<html><body>${html}</body></html>`);
      const detected = detectPage(UKG_PAGES, [doc]);
      expect(detected?.page.id).toBe('service-accounts');
      const read = detected!.page.captures!.customerApiKey!(doc, { accountName: null });
      expect(read?.value).toMatch(/^[A-Z0-9]{5}$/);
      expect(read?.element.id === 'k' || read?.element.contains(doc.getElementById('k'))).toBe(true);
    });
  }

  it('is recognised in the ContentFrame fixture', () => {
    expect(detectId(htmlDocument(fixture('service-accounts-table.html')))).toBe('service-accounts');
  });

  it('is not confused with Add/Change Service Account', () => {
    const doc = htmlDocument(
      '<h1>Add/Change Service Account</h1><p>Service Account Administration &gt; Add</p><p>Customer API Key: B7K2Q</p>',
    );
    expect(detectId(doc)).not.toBe('service-accounts');
  });

  it('needs the title, not just the words somewhere in the text', () => {
    const doc = htmlDocument('<h1>Inbox</h1><p>Go to Service Account Administration to find your Customer API key.</p>');
    expect(detectId(doc)).not.toBe('service-accounts');
  });

  it('is not recognised before the late-rendered content arrives', () => {
    expect(detectId(htmlDocument(fixture('service-accounts.html')))).not.toBe('service-accounts');
  });
});

describe('readLabelledValue', () => {
  it('returns null when the label is absent or has no value after it', () => {
    expect(readLabelledValue(htmlDocument('<p>nothing here</p>'), /^customer api key\s*:?\s*(\S*)$/)).toBeNull();
    expect(readLabelledValue(htmlDocument('<p>Customer API Key</p>'), /^customer api key\s*:?\s*(\S*)$/)).toBeNull();
  });
  it('skips script text and hidden inputs', () => {
    const doc = htmlDocument('<p>Customer API Key</p><script>var x = 1</script><input type="hidden" value="NOPE1"><span>AB12C</span>');
    expect(readLabelledValue(doc, /^customer api key\s*:?\s*(\S*)$/)?.value).toBe('AB12C');
  });
});
