import { describe, expect, it, vi } from 'vitest';
import { testConnection } from '@/utils/systems/ukg-pro/connection-test';

const VALUES = {
  rootUrl: 'https://service4.ultipro.com/',
  username: 'TogetherIntegration',
  password: 'pä$$:word',
  customerApiKey: 'B7K2Q',
};

function fakeFetch(statusByPath: Record<string, number | 'throw'>) {
  return vi.fn(async (url: string | URL | Request, _init?: RequestInit) => {
    const path = new URL(String(url)).pathname;
    const s = statusByPath[path] ?? 200;
    if (s === 'throw') throw new TypeError('Failed to fetch');
    return new Response('[]', { status: s });
  });
}

describe('Test connection', () => {
  it('calls the three services on the root URL with Basic auth and the customer key, no cookies, no redirects', async () => {
    const fetch = fakeFetch({});
    const results = await testConnection(VALUES, fetch as unknown as typeof globalThis.fetch);
    expect(results.map((r) => r.outcome)).toEqual(['works', 'works', 'works']);
    expect(fetch.mock.calls.map(([u]) => String(u))).toEqual([
      'https://service4.ultipro.com/personnel/v1/person-details?per_Page=1',
      'https://service4.ultipro.com/personnel/v1/employee-employment-details?per_Page=1',
      'https://service4.ultipro.com/configuration/v1/company-details',
    ]);
    const init = fetch.mock.calls[0]![1] as RequestInit & { headers: Record<string, string> };
    expect(init).toMatchObject({ credentials: 'omit', redirect: 'error', cache: 'no-store' });
    expect(init.headers['US-Customer-Api-Key']).toBe('B7K2Q');
    const decoded = new TextDecoder().decode(Uint8Array.from(atob(init.headers.Authorization!.slice(6)), (c) => c.charCodeAt(0)));
    expect(decoded).toBe('TogetherIntegration:pä$$:word');
  });

  it('tells apart not authorised, missing scope, unreachable and unexpected', async () => {
    const fetch = fakeFetch({
      '/personnel/v1/person-details': 401,
      '/personnel/v1/employee-employment-details': 'throw',
      '/configuration/v1/company-details': 403,
    });
    const results = await testConnection(VALUES, fetch as unknown as typeof globalThis.fetch);
    expect(results.map((r) => [r.service, r.outcome])).toEqual([
      ['Employee Person Details', 'not-authorised'],
      ['Personnel Integration', 'unreachable'],
      ['Company Configuration Integration', 'missing-scope'],
    ]);
    const odd = await testConnection(VALUES, fakeFetch({ '/configuration/v1/company-details': 500 }) as unknown as typeof globalThis.fetch);
    expect(odd[2]).toMatchObject({ outcome: 'unexpected', message: expect.stringContaining('HTTP 500') });
  });

  it.each([
    [{ ...VALUES, rootUrl: 'https://n12.ultipro.com/Login.aspx' }, /login address/],
    [{ ...VALUES, rootUrl: 'https://evil.ultipro.com/' }, /not a UKG web-services host/],
    [{ ...VALUES, rootUrl: 'https://example.com/' }, /not a UKG address/],
    [{ ...VALUES, password: '' }, /Capture the root URL, username, password and Customer API key first/],
  ])('sends nothing anywhere for %j', async (values, message) => {
    const fetch = fakeFetch({});
    await expect(testConnection(values, fetch as unknown as typeof globalThis.fetch)).rejects.toThrow(message);
    expect(fetch).not.toHaveBeenCalled();
  });
});
