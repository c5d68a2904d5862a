import type { TogetherForm } from '@/utils/contracts/system';

export const acmeTogether: TogetherForm = {
  name: 'Acme HR',
  option: /^acme hr$/,
  fields: { clientId: /\bacme client id\b/, clientSecret: /\bacme client secret\b/ },
};
