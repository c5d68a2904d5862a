import type { Guide } from '@/utils/contracts/guide';
import type { AcmeWords } from './behaviour';
import type { AcmeAnchor, AcmePageId } from './pages';

/** Its words are its own messages (messages/<lang>.json), as a real system's are. */
export const acmeGuide: Guide<AcmePageId, AcmeAnchor, AcmeWords['event']> & { id: 'acme-hr' } = {
  id: 'acme-hr',
  title: 'acme_guide_title',
  site: 'acme-hr',
  suggestedAccountName: 'Together',
  steps: [
    // Its page's path is public: the guide links straight to it on the admin's host.
    {
      id: 'open',
      title: 'acme_open_title',
      instruction: 'acme_open_instruction',
      find: { term: 'API Clients', path: '/admin/api-clients' },
      page: 'acme-other',
      done: { visited: ['api-clients'] },
    },
    {
      id: 'client',
      title: 'acme_client_title',
      instruction: 'acme_client_instruction',
      page: 'api-clients',
      highlight: 'clientId',
      via: { page: 'api-clients', highlight: 'newClient', instruction: 'acme_client_instruction' },
      done: { captured: ['clientId', 'clientSecret'] },
    },
    { id: 'name', title: 'acme_name_title', instruction: 'acme_client_instruction', page: 'api-clients', done: { event: 'client-named' } },
    { id: 'save', title: 'acme_save_title', instruction: 'acme_save_instruction', page: 'api-clients', done: { event: 'client-saved' } },
    { id: 'send', title: 'acme_send_title', instruction: 'acme_send_instruction', page: 'together', done: { event: 'relayed' } },
  ],
};
