import type { Guide } from './types';

export const vantagepointGuide: Guide = {
  id: 'vantagepoint',
  title: 'Set up Vantagepoint Connect',
  site: 'vantagepoint',
  steps: [
    {
      id: 'public-address',
      title: 'Check the public address',
      instruction: 'Vantagepoint must be reachable from the internet through a public URL for Connect to work.',
      page: 'vantagepoint-other',
      done: { visited: ['roles'] },
    },
    {
      id: 'role',
      title: 'Grant Connect Administration to the role',
      instruction:
        'Settings > Security > Roles, Overview tab: tick Utilities > Integrations > Connect Administration ("Connect" in 7.0, which also needs Type of Role = Administrator).',
      page: 'roles',
      done: { visited: ['users'] },
    },
    {
      id: 'users',
      title: 'Link users to employees with an e-mail',
      instruction:
        'Settings > Security > Users: you, and every Connect user, need an employee record with a valid e-mail address.',
      page: 'users',
      done: { visited: ['api-authorization'] },
    },
    {
      id: 'api-authorization',
      title: 'Capture the API authorization',
      instruction:
        'Utilities > Integrations > API Authorization: a Client ID and secret must exist. Generating a new secret breaks every integration that uses the old one.',
      page: 'api-authorization',
      done: { captured: ['clientId', 'clientSecret', 'database', 'vantagepointUrl'] },
    },
    {
      id: 'configure-connect',
      title: 'Configure Connect',
      instruction:
        'Utilities > Integrations > Connect Administration: click Configure Connect and sign in to Vantagepoint in the dialog. Then set up users.',
      page: 'connect-administration',
      done: { event: 'relayed' },
    },
  ],
};
