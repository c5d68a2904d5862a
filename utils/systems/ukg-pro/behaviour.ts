import type { SystemBehaviour, WordsOf } from '../../contracts/behaviour';

/**
 * What UKG Pro's pages report and do. Its admin pages load in the classic UI's same-origin
 * `ContentFrame`, or in the newer shell's frames one level deeper.
 */
export const ukgProBehaviour = {
  checkFields: { username: 'beside', password: 'beside', email: 'beside', scopes: 'guide-only' },
  checkEvents: [{ event: 'account-details-ok', required: ['username', 'password', 'email'] }],
  // Save of Add/Change Service Account: saved, and with exactly the rights Together needs.
  saveEvents: ['account-saved', 'rights-ok'],
  fixes: { rights: 'fix_rights', username: 'fix_username' },
  values: {
    customerApiKey: { secret: true },
    userApiKey: { secret: true },
    username: { secret: false },
    password: { secret: true },
    rootUrl: { secret: false },
  },
  frameDepth: 3,
} as const satisfies SystemBehaviour;

export type UkgProWords = WordsOf<typeof ukgProBehaviour>;
