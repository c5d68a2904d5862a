import type { SystemBehaviour, WordsOf } from '../../contracts/behaviour';

/**
 * What Vantagepoint's pages report and do. A single-page app: pages are in the top document,
 * frames are followed as for any system in case an install embeds one.
 */
export const vantagepointBehaviour = {
  checkFields: {
    address: 'beside',
    'api-credentials': 'beside',
    'role-access': 'beside',
    'role-type': 'beside',
    employee: 'beside',
    'employee-email': 'beside',
    'windows-auth': 'beside',
  },
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
  frameDepth: 3,
} as const satisfies SystemBehaviour;

export type VantagepointWords = WordsOf<typeof vantagepointBehaviour>;
