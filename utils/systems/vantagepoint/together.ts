import type { TogetherForm } from '../../contracts/system';

/** How Together shows Deltek Vantagepoint (Connect's "Consumer Key" wording is accepted for the Client ID). */
export const vantagepointTogether: TogetherForm = {
  name: 'Deltek Vantagepoint',
  option: /^((deltek )?vantagepoint|deltek vantagepoint connect)$/,
  fields: {
    clientId: /\b(client id|consumer key)\b/,
    clientSecret: /\bclient secret\b/,
    database: /\bdatabase\b/,
    vantagepointUrl: /\bvantagepoint (url|address)\b/,
  },
};
