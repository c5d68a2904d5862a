import { describe, expect, it } from 'vitest';
import { recordsToMarkdown, setupRecord } from '@/utils/guides/setup-record';
import { EMPTY_PROGRESS } from '@/utils/contracts/guide';

describe('setup record', () => {
  const values = {
    username: 'TogetherIntegration',
    password: 'p@ss!',
    customerApiKey: 'B7K2Q',
    userApiKey: 'TG7RX20000K0',
    rootUrl: 'https://service4.ultipro.com/',
  };
  const record = setupRecord('ukg-pro', new Date('2026-11-22T10:00:00Z'), { ...EMPTY_PROGRESS, events: ['rights-ok'] }, values, [
    'customerApiKey',
    'password',
  ]);

  it('names the account, rights, host and filled values, and carries no secret', () => {
    expect(record).toEqual({
      guide: 'ukg-pro',
      at: '2026-11-22T10:00:00.000Z',
      account: 'TogetherIntegration',
      host: 'service4.ultipro.com',
      facts: [{ label: 'record_rights', text: 'Personnel Integration, Employee Person Details, Company Configuration Integration' }],
      filled: ['customerApiKey', 'password'],
    });
    const md = recordsToMarkdown([record]);
    for (const secret of ['p@ss!', 'B7K2Q', 'TG7RX20000K0']) {
      expect(JSON.stringify(record)).not.toContain(secret);
      expect(md).not.toContain(secret);
    }
    expect(md).toContain('- Service account: TogetherIntegration');
    expect(md).toContain(
      '- Web-service rights: View only, on Personnel Integration, Employee Person Details, Company Configuration Integration',
    );
    // The admin's local date and time in their language, not an ISO string.
    expect(md).not.toContain('2026-11-22T10');
    expect(md).toContain(new Intl.DateTimeFormat('en', { dateStyle: 'long', timeStyle: 'short' }).format(new Date('2026-11-22T10:00:00Z')));
    expect(md).toMatch(/November 22, 2026/);
  });

  it('for Vantagepoint names the address', () => {
    const vp = setupRecord(
      'vantagepoint',
      new Date(0),
      EMPTY_PROGRESS,
      { vantagepointUrl: 'https://acme.deltekfirst.com/Acme/app/', clientSecret: 'S' },
      ['clientSecret'],
    );
    expect(vp).toMatchObject({ account: null, facts: [], host: 'acme.deltekfirst.com', filled: ['clientSecret'] });
  });

  it('reads records kept before systems declared their facts (viewOnly) as the same line', () => {
    const old = {
      guide: 'ukg-pro',
      at: '2026-11-22T10:00:00.000Z',
      account: 'A',
      host: null,
      filled: [],
      viewOnly: ['Personnel Integration'],
    };
    expect(recordsToMarkdown([old as never])).toContain('- Web-service rights: View only, on Personnel Integration');
  });
});
