import type { PageBehaviour, SystemBehaviour, WordsOf } from '../../contracts/behaviour';

const CHECK_FIELDS = ['username', 'password', 'email', 'scopes'] as const;

/**
 * What UKG Pro's pages report and do. `PAGE` is what its content script carries: the rights grid
 * gets one check per service, listed in the guide rather than drawn over the grid; its admin pages
 * load in the classic UI's same-origin `ContentFrame`, or in the newer shell's frames one level deeper.
 */
const PAGE = { guideOnlyChecks: ['scopes'], frameDepth: 3 } as const satisfies PageBehaviour<(typeof CHECK_FIELDS)[number]>;
export { PAGE as ukgProPageBehaviour };

export const ukgProBehaviour = {
  checkFields: CHECK_FIELDS,
  guideOnlyChecks: PAGE.guideOnlyChecks,
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
  frameDepth: PAGE.frameDepth,
  // Web Services shows the signed-in web user's own User API key beside the account's.
  decoys: { userApiKey: 'warn_web_user_key' },
  // The service account the guide follows is named by its user name.
  accountValue: 'username',
} as const satisfies SystemBehaviour;

export type UkgProWords = WordsOf<typeof ukgProBehaviour>;
