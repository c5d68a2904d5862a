import type { Guide } from './types';

export const ukgProGuide: Guide = {
  id: 'ukg-pro',
  title: 'Connect UKG Pro to Together',
  site: 'ukg-pro',
  steps: [
    {
      id: 'open-service-accounts',
      title: 'Open Service Account Administration',
      instruction:
        'Go to Menu > System Configuration > Security > Service Account Administration, or type "Service Account Administration" into the search box at the top right.',
      page: 'ukg-other',
    },
    {
      id: 'customer-api-key',
      title: 'Capture the Customer API key',
      instruction: 'The Customer API key is shown at the top of Service Account Administration. Capture it.',
      page: 'service-accounts',
      highlight: 'customerApiKey',
      captures: ['customerApiKey'],
    },
    {
      id: 'add-service-account',
      title: 'Add a service account',
      instruction:
        'Click Add. Use the user name TogetherIntegration, a password (or tick Generate New Password), and an e-mail address.',
      page: 'add-service-account',
    },
    {
      id: 'web-service-rights',
      title: 'Give exactly the rights Together needs',
      instruction:
        'In the Web Services grid tick View, and nothing else, on Personnel Integration, Employee Person Details and Company Configuration Integration. Then Save.',
      page: 'add-service-account',
    },
    {
      id: 'user-api-key',
      title: 'Capture the new account’s User API key',
      instruction: 'Back on Service Account Administration, the new account’s row shows its User API key. Capture it.',
      page: 'service-accounts',
      captures: ['userApiKey'],
    },
    {
      id: 'root-url',
      title: 'Find the web-services address',
      instruction:
        'Open Menu > System Configuration > Security > Web Services. The endpoint URLs give the root URL (https://<service host>/). Do not use the User API key shown there: it is yours, not the service account’s.',
      page: 'web-services',
      captures: ['rootUrl'],
    },
    {
      id: 'send-to-together',
      title: 'Send to Together',
      instruction:
        'Click Send to Together. Together’s integrations page opens with the form filled; review it and press Together’s own Save.',
      page: 'together',
    },
  ],
};
