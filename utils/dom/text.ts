/** Case- and spacing-insensitive form of visible text, for matching labels and headings. */
export function normalizeText(s: string | null | undefined): string {
  return (s ?? '')
    .replace(/[\s\u00a0]+/g, ' ')
    .trim()
    .toLowerCase();
}

const HEADING_SELECTOR = 'h1,h2,h3,h4,[role="heading"],legend,caption,.pageTitle,.PageTitle,.breadcrumb';

/** Normalised texts of the things a person reads as titles: the document title and headings. */
export function headingTexts(doc: Document): string[] {
  const texts = [normalizeText(doc.title)];
  for (const el of doc.querySelectorAll(HEADING_SELECTOR)) texts.push(normalizeText(el.textContent));
  return texts.filter(Boolean);
}

export function hasHeading(doc: Document, pattern: RegExp): boolean {
  return headingTexts(doc).some((t) => pattern.test(t));
}

/** Whole visible-ish text of the body, normalised; for "does the page mention X" tests. */
export function bodyText(doc: Document): string {
  return normalizeText(doc.body?.textContent);
}
