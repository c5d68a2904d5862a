import type { SystemExamples } from '../../contracts/site';

/** Test data (nothing shipped imports it): the site's example URLs and the vendor's own words. */
export const EXAMPLES: SystemExamples = {
  urls: {
    match: ['https://acme.deltekfirst.com/Acme/app/#!Employees/view/0/0/00001/hybrid', 'https://vp.deltekfirst.com/AcmeEngineering/app/'],
    noMatch: [
      'http://acme.deltekfirst.com/Acme/app/',
      'https://me12345-iaccess.deltekfirst.com/maconomy-api/',
      'https://acme-api.deltekfirst.com/filedrop/upload',
      'https://acme.deltekfirst.com/Acme/api/token',
      'https://acme.deltekfirst.com.evil.test/Acme/app/',
    ],
  },
  vendorWords: ['Deltek', 'Vantagepoint', 'deltekfirst'],
};
