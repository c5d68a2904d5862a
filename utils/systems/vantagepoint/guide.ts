import type { Guide } from '../../contracts/guide';
import type { VantagepointAnchor, VantagepointPageId } from './pages';
import type { VantagepointWords } from './behaviour';

const VP_PAGES: VantagepointPageId[] = ['roles', 'users', 'api-authorization', 'connect-administration'];

export const vantagepointGuide: Guide<VantagepointPageId, VantagepointAnchor, VantagepointWords['event']> & { id: 'vantagepoint' } = {
  id: 'vantagepoint',
  title: 'vp_guide_title',
  site: 'vantagepoint',
  steps: [
    {
      id: 'public-address',
      title: 'vp_public_address_title',
      instruction: 'vp_public_address_instruction',
      page: 'vantagepoint-other',
      done: { visited: VP_PAGES },
    },
    {
      id: 'role',
      title: 'vp_role_title',
      instruction: 'vp_role_instruction',
      directions: 'vp_role_where',
      page: 'roles',
      highlight: 'connectNode',
      done: { event: 'role-ok' },
      // Connect Administration opens only for a role with the right: being there proves it.
      provedBy: ['connect-administration'],
    },
    {
      id: 'users',
      title: 'vp_users_title',
      instruction: 'vp_users_instruction',
      directions: 'vp_users_where',
      page: 'users',
      highlight: 'employee',
      done: { event: 'user-ok' },
    },
    {
      id: 'api-authorization',
      title: 'vp_api_authorization_title',
      instruction: 'vp_api_authorization_instruction',
      directions: 'vp_api_authorization_where',
      page: 'api-authorization',
      highlight: 'clientId',
      done: { captured: ['clientId', 'clientSecret', 'database', 'vantagepointUrl'] },
    },
    {
      id: 'configure-connect',
      title: 'vp_configure_connect_title',
      instruction: 'vp_configure_connect_instruction',
      directions: 'vp_configure_connect_where',
      page: 'connect-administration',
      highlight: 'configureConnect',
      done: { event: 'connect-filled' },
    },
    {
      id: 'send-to-together',
      title: 'vp_send_title',
      instruction: 'vp_send_instruction',
      page: 'together',
      done: { event: 'relayed' },
    },
  ],
};
