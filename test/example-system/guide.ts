import type { Guide } from '@/utils/contracts/guide';
import type { AcmeWords } from './behaviour';
import type { AcmeAnchor, AcmePageId } from './pages';

/** A real system adds its own message keys to public/_locales; the example borrows generic ones. */
export const acmeGuide: Guide<AcmePageId, AcmeAnchor, AcmeWords['event']> & { id: 'acme-hr' } = {
  id: 'acme-hr',
  title: 'ext_name',
  site: 'acme-hr',
  suggestedAccountName: 'Together',
  steps: [
    // Its page's path is public: the guide links straight to it on the admin's host.
    {
      id: 'open',
      title: 'page_unrecognised',
      instruction: 'page_unrecognised',
      find: { term: 'API Clients', path: '/admin/api-clients' },
      page: 'acme-other',
      done: { visited: ['api-clients'] },
    },
    {
      id: 'client',
      title: 'value_client_id',
      instruction: 'value_client_id',
      page: 'api-clients',
      highlight: 'clientId',
      via: { page: 'api-clients', highlight: 'newClient', instruction: 'value_client_id' },
      done: { captured: ['clientId', 'clientSecret'] },
    },
    { id: 'name', title: 'value_client_id', instruction: 'value_client_id', page: 'api-clients', done: { event: 'client-named' } },
    { id: 'save', title: 'value_client_id', instruction: 'value_client_id', page: 'api-clients', done: { event: 'client-saved' } },
    { id: 'send', title: 'value_client_secret', instruction: 'value_client_secret', page: 'together', done: { event: 'relayed' } },
  ],
};
