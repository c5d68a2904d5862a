import type { SystemExamples } from '../../contracts/site';

/**
 * Test data (nothing shipped imports it, so no bundle carries it): URLs that must and must not
 * satisfy the site's `isSiteUrl`, and the vendor's own words the fence test keeps out of generic code.
 */
export const EXAMPLES: SystemExamples = {
  urls: {
    match: [
      'https://n12.ultipro.com/default.aspx',
      'https://ew42.ultipro.com/pages/VIEW/ServiceAccountAdmin.aspx?USParams=PK%3DESS',
      'https://t11.ultipro.ca/Default.aspx',
      'https://acme.ultipro.com/Login.aspx?ReturnUrl=%2fdefault.aspx',
      'https://n12.ultipro.com/DefaultChild.aspx?pageName=ServiceAccountAdmin&USParams=PK%3dESS',
    ],
    noMatch: [
      'http://n12.ultipro.com/default.aspx',
      'https://service4.ultipro.com/services/LoginService',
      'https://servicet.ultipro.com/personnel/v1/person-details',
      'https://rental3.ultipro.ca/',
      'https://recruiting2.ultipro.com/ACM1000/JobBoard',
      'https://signin-us.ultipro.com/login',
      'https://wfm-time-web2.ultipro.com/',
      'https://cew42.ultipro.com/ibmcognos/bi/',
      'https://ultipro.com.evil.test/default.aspx',
      'https://n12.ultipro.community/default.aspx',
    ],
  },
  vendorWords: ['UKG', 'UltiPro', 'ukgpro'],
};
