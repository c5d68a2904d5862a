import type { TogetherForm } from '../../contracts/system';

/**
 * How Together shows UKG Pro. "User API key" contains "user", so the user-name pattern needs
 * "name" right after it.
 */
export const ukgProTogether: TogetherForm = {
  name: 'UKG Pro',
  option: /^(ukg pro|ultipro|ukg pro \(ultipro\)|ukg pro \/ ultipro|ukg pro \(formerly ultipro\)|ukg pro hcm)$/,
  fields: {
    userApiKey: /\buser api key\b/,
    customerApiKey: /\bcustomer api key\b/,
    rootUrl: /\b(?:root|base) url\b/,
    username: /\buser ?name\b/,
    password: /\bpassword\b/,
  },
};
