import type { SystemExamples } from '@/utils/contracts/site';

export const EXAMPLES: SystemExamples = {
  urls: {
    match: ['https://tenant1.acmehr.example/admin/api-clients'],
    noMatch: ['http://tenant1.acmehr.example/admin/', 'https://tenant1.acmehr.example/login', 'https://acmehr.example.evil.test/admin/'],
  },
  vendorWords: ['Acme HR', 'acmehr'],
};
