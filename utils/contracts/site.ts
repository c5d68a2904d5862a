/** A source site is where values are generated and captured; the destination is where they are filled. */
export type SiteRole = 'source' | 'destination';

export interface SiteDef {
  id: string;
  role: SiteRole;
  /** Manifest match patterns for the content script. Kept as narrow as the platform allows. */
  matches: string[];
  /**
   * The precise runtime test, stricter than `matches` (which cannot express host exclusions
   * such as UKG's API hosts). Used by the content script before it does anything, and by the
   * background's sender policy.
   */
  isSiteUrl(url: URL): boolean;
}

/** URLs that must and must not satisfy a site's `isSiteUrl`; every site is tested against all of them. */
export interface SiteExamples {
  match: string[];
  noMatch: string[];
}

/**
 * A system's test data, in its folder's `examples.ts` (never imported by shipped code): its site's
 * example URLs, and the vendor's own words (product, company) generic code never uses (fence test).
 */
export interface SystemExamples {
  urls: SiteExamples;
  vendorWords: readonly string[];
}
