import type { PageBehaviour, SystemBehaviour, WordsOf } from '../../contracts/behaviour';

/**
 * What Vantagepoint's pages report and do. `PAGE` is what its content script carries. A single-page
 * app: its pages are in the top document; frames are followed as deep as UKG's in case an install
 * embeds one.
 */
const PAGE = { guideOnlyChecks: [], frameDepth: 3 } as const satisfies PageBehaviour;
export { PAGE as vantagepointPageBehaviour };

export const vantagepointBehaviour = {
  checkFields: ['address', 'api-credentials', 'role-access', 'role-type', 'employee', 'employee-email', 'windows-auth'],
  guideOnlyChecks: PAGE.guideOnlyChecks,
  checkEvents: [
    { event: 'role-ok', required: ['role-access'], optional: ['role-type'] },
    { event: 'user-ok', required: ['employee', 'employee-email'], optional: ['windows-auth'] },
  ],
  saveEvents: [],
  // Connect Administration's settings filled with the values captured on API Authorization.
  fillEvent: 'connect-filled',
  fixes: {},
  values: {
    clientId: { secret: false },
    clientSecret: { secret: true },
    database: { secret: false },
    vantagepointUrl: { secret: false },
  },
  frameDepth: PAGE.frameDepth,
} as const satisfies SystemBehaviour;

export type VantagepointWords = WordsOf<typeof vantagepointBehaviour>;
