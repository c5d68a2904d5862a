import type { SiteDef } from '@/utils/contracts/site';

/** Acme HR, a made-up HR system: its admin app on `<tenant>.acmehr.example/admin/…`. */
export const acmeSite: SiteDef = {
  id: 'acme-hr',
  role: 'source',
  matches: ['https://*.acmehr.example/admin/*'],
  isSiteUrl: (url) => url.protocol === 'https:' && /\.acmehr\.example$/i.test(url.hostname) && url.pathname.startsWith('/admin/'),
};
