import type { Guide } from './types';

const VP_PAGES = ['roles', 'users', 'api-authorization', 'connect-administration'];

export const vantagepointGuide: Guide = {
  id: 'vantagepoint',
  title: 'Set up Vantagepoint Connect',
  site: 'vantagepoint',
  steps: [
    {
      id: 'public-address',
      title: 'Check the public address',
      instruction:
        'Connect reaches Vantagepoint from Deltek’s cloud, so Vantagepoint must be reachable from the internet through a public URL. The check below looks at this address.',
      page: 'vantagepoint-other',
      done: { visited: VP_PAGES },
    },
    {
      id: 'role',
      title: 'Grant Connect Administration to the role',
      instruction:
        'On the Overview tab, tick Utilities > Integrations > Connect Administration (called "Connect" in 7.0, which also needs Type of Role = Administrator). Then save the role.',
      where: 'Go to Settings > Security > Roles and open the role of the admin who sets up Connect.',
      page: 'roles',
      highlight: 'connectNode',
      done: { event: 'role-ok' },
    },
    {
      id: 'users',
      title: 'Link users to employees with an e-mail',
      instruction: 'You, and every Connect user, need a user record linked to an employee with a valid e-mail address.',
      where: 'Go to Settings > Security > Users and open your user.',
      page: 'users',
      highlight: 'employee',
      done: { event: 'user-ok' },
    },
    {
      id: 'api-authorization',
      title: 'Capture the API authorization',
      instruction:
        'Capture the Client ID, secret and database. Generating a new secret breaks every integration that uses the current one: the guide asks before letting that click through.',
      where: 'Go to Utilities > Integrations > API Authorization.',
      page: 'api-authorization',
      highlight: 'clientId',
      done: { captured: ['clientId', 'clientSecret', 'database', 'vantagepointUrl'] },
    },
    {
      id: 'configure-connect',
      title: 'Configure Connect',
      instruction:
        'Fill Connect settings with the captured values, then click Configure Connect and sign in to Vantagepoint in the dialog. Afterwards, set up Connect users on the Provisioning tab.',
      where: 'Go to Utilities > Integrations > Connect Administration (in 7.0: Connect).',
      page: 'connect-administration',
      highlight: 'configureConnect',
      done: { event: 'connect-filled' },
    },
    {
      id: 'send-to-together',
      title: 'Send to Together (if Together lists Vantagepoint)',
      instruction: 'Click Send to Together to fill Together’s Vantagepoint form; review it and press Together’s own Save.',
      page: 'together',
      done: { event: 'relayed' },
    },
  ],
};
