import { SUGGESTED_USERNAME } from './account';
import type { Guide } from '../../contracts/guide';
import type { UkgAnchor, UkgPageId } from './pages';
import type { UkgProWords } from './behaviour';

export const ukgProGuide: Guide<UkgPageId, UkgAnchor, UkgProWords['event']> & { id: 'ukg-pro' } = {
  id: 'ukg-pro',
  title: 'ukg_guide_title',
  site: 'ukg-pro',
  suggestedAccountName: SUGGESTED_USERNAME,
  steps: [
    {
      id: 'open-service-accounts',
      title: 'ukg_open_service_accounts_title',
      instruction: 'ukg_where_service_accounts',
      page: 'ukg-other',
      // Its address is not public (domain facts): no direct link, only the page's own name.
      find: { term: 'Service Account Administration' },
      // Being on any page of Service Account Administration means the admin found it.
      done: { visited: ['service-accounts', 'add-service-account', 'password-popup'] },
    },
    {
      id: 'customer-api-key',
      title: 'ukg_customer_api_key_title',
      instruction: 'ukg_customer_api_key_instruction',
      directions: 'ukg_where_service_accounts',
      page: 'service-accounts',
      highlight: 'customerApiKey',
      done: { captured: ['customerApiKey'] },
    },
    {
      id: 'add-service-account',
      title: 'ukg_add_service_account_title',
      instruction: 'ukg_add_service_account_instruction',
      directions: 'ukg_add_service_account_where',
      page: 'add-service-account',
      highlight: 'username',
      via: { page: 'service-accounts', highlight: 'addButton', instruction: 'ukg_add_service_account_via' },
      done: { event: 'account-details-ok' },
    },
    {
      id: 'web-service-rights',
      title: 'ukg_rights_title',
      instruction: 'ukg_rights_instruction',
      directions: 'ukg_rights_where',
      page: 'add-service-account',
      highlight: 'rights',
      done: { event: 'rights-ok' },
    },
    {
      id: 'generated-password',
      title: 'ukg_password_title',
      instruction: 'ukg_password_instruction',
      directions: 'ukg_password_where',
      page: 'password-popup',
      highlight: 'password',
      done: { captured: ['password'] },
      shownOnce: true,
    },
    {
      id: 'user-api-key',
      title: 'ukg_user_api_key_title',
      instruction: 'ukg_user_api_key_instruction',
      directions: 'ukg_where_service_accounts',
      page: 'service-accounts',
      highlight: 'userApiKey',
      done: { captured: ['userApiKey'] },
    },
    {
      id: 'root-url',
      title: 'ukg_root_url_title',
      instruction: 'ukg_root_url_instruction',
      directions: 'ukg_where_web_services',
      find: { term: 'Web Services' },
      page: 'web-services',
      highlight: 'rootUrl',
      done: { captured: ['rootUrl'] },
    },
    {
      id: 'send-to-together',
      title: 'guide_send_title',
      instruction: 'ukg_send_instruction',
      page: 'together',
      done: { event: 'relayed' },
    },
  ],
};
