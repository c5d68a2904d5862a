import type { Guide } from './types';

const MENU = (page: string) => `Go to Menu > System Configuration > Security > ${page}, or type "${page}" into the search box at the top right.`;

export const ukgProGuide: Guide = {
  id: 'ukg-pro',
  title: 'Connect UKG Pro to Together',
  site: 'ukg-pro',
  steps: [
    {
      id: 'open-service-accounts',
      title: 'Open Service Account Administration',
      instruction: MENU('Service Account Administration'),
      page: 'ukg-other',
      // Being on any page of Service Account Administration means the admin found it.
      done: { visited: ['service-accounts', 'add-service-account', 'password-popup'] },
    },
    {
      id: 'customer-api-key',
      title: 'Capture the Customer API key',
      instruction: 'The Customer API key is shown at the top of this page. Capture it.',
      where: MENU('Service Account Administration'),
      page: 'service-accounts',
      highlight: 'customerApiKey',
      done: { captured: ['customerApiKey'] },
    },
    {
      id: 'add-service-account',
      title: 'Add a service account',
      instruction:
        'Enter the user name TogetherIntegration, an e-mail address, and a password — or tick Generate New Password.',
      where: `${MENU('Service Account Administration')} Then click Add.`,
      page: 'add-service-account',
      highlight: 'username',
      via: { page: 'service-accounts', highlight: 'addButton', instruction: 'Click Add to create the service account Together will use.' },
      done: { event: 'account-details-ok' },
    },
    {
      id: 'web-service-rights',
      title: 'Give exactly the rights Together needs',
      instruction:
        'In the Web Services grid, tick View — and nothing else — on Personnel Integration, Employee Person Details and Company Configuration Integration. Then click Save at the top.',
      where: 'Open the service account again from Service Account Administration (click its user name) and correct its rights.',
      page: 'add-service-account',
      highlight: 'rights',
      done: { event: 'rights-ok' },
    },
    {
      id: 'generated-password',
      title: 'Capture the generated password',
      instruction: 'UKG shows the generated password once, in this pop-up. Capture it before you close the pop-up.',
      where: 'If you typed the password yourself, it was captured when you clicked Save.',
      page: 'password-popup',
      highlight: 'password',
      done: { captured: ['password'] },
    },
    {
      id: 'user-api-key',
      title: 'Capture the new account’s User API key',
      instruction: 'The new account’s row in the grid shows its User API key. Capture it.',
      where: MENU('Service Account Administration'),
      page: 'service-accounts',
      highlight: 'userApiKey',
      done: { captured: ['userApiKey'] },
    },
    {
      id: 'root-url',
      title: 'Capture the web-services address',
      instruction:
        'The endpoint URLs on this page give the root URL (https://<service host>/). The User API key shown here is yours, not the service account’s: do not use it.',
      where: MENU('Web Services'),
      page: 'web-services',
      highlight: 'rootUrl',
      done: { captured: ['rootUrl'] },
    },
    {
      id: 'send-to-together',
      title: 'Send to Together',
      instruction:
        'Click Send to Together. Together’s integrations page opens with the UKG Pro form filled; review it and press Together’s own Save.',
      page: 'together',
      done: { event: 'relayed' },
    },
  ],
};
