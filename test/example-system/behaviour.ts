import type { PageBehaviour, SystemBehaviour, WordsOf } from '@/utils/contracts/behaviour';

/** What its content script carries: no guide-only checks; the admin app loads each page in one same-origin frame. */
export const acmePageBehaviour = { guideOnlyChecks: [], frameDepth: 1 } as const satisfies PageBehaviour;

/**
 * One of each thing a system declares of its own: a check field and the step event it raises, a
 * Save that proves an event and takes a value, a fix with its label (its own message, as
 * a real system's are), secret and plain values, its pages' frames, the
 * value that names its account, and a decoy its pages show beside its own secret.
 */
export const acmeBehaviour = {
  checkFields: ['client-name'],
  guideOnlyChecks: acmePageBehaviour.guideOnlyChecks,
  checkEvents: [{ event: 'client-named', required: ['client-name'] }],
  saveEvents: ['client-saved'],
  fixes: { 'client-name': 'acme_fix_client_name' },
  values: { clientId: { secret: false }, clientSecret: { secret: true } },
  frameDepth: acmePageBehaviour.frameDepth,
  accountValue: 'clientId',
  decoys: { clientSecret: 'acme_decoy_warning' },
} as const satisfies SystemBehaviour;

export type AcmeWords = WordsOf<typeof acmeBehaviour>;
