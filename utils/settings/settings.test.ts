import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, effectiveSettings, excludedValues } from '@/utils/settings/settings';

describe('settings', () => {
  it('defaults, then the admin’s choices, then the organisation’s, which are locked', () => {
    expect(effectiveSettings(undefined, undefined)).toEqual({ values: DEFAULT_SETTINGS, locked: [] });
    expect(effectiveSettings({ ttlMinutes: 5 }, {}).values.ttlMinutes).toBe(5);
    const e = effectiveSettings({ ttlMinutes: 5, capturePasswords: true }, { capturePasswords: false, ttlMinutes: 2 });
    expect(e.values).toMatchObject({ ttlMinutes: 2, capturePasswords: false });
    expect(e.locked.sort()).toEqual(['capturePasswords', 'ttlMinutes']);
  });

  it('never lengthens the lifetime past 10 minutes and ignores malformed values', () => {
    expect(effectiveSettings({ ttlMinutes: 60 }, {}).values.ttlMinutes).toBe(10);
    expect(effectiveSettings({ ttlMinutes: 0 }, { ttlMinutes: '3' }).values.ttlMinutes).toBe(10);
    expect(
      effectiveSettings({}, { onPremOrigins: { vantagepoint: ['https://vp.acme.com', 'http://x', 'javascript:alert(1)', 7] } }).values
        .onPremOrigins,
    ).toEqual({ vantagepoint: ['https://vp.acme.com'] });
  });

  it('reads allowed on-premises addresses by system, and the older vantagepointOrigins key as its alias', () => {
    const alias = effectiveSettings({}, { vantagepointOrigins: ['https://vp.acme.com', 'http://x'] });
    expect(alias.values.onPremOrigins).toEqual({ vantagepoint: ['https://vp.acme.com'] });
    expect(alias.locked).toEqual(['onPremOrigins']);
    // The new key wins where both are set; a system without on-premises support is ignored.
    const both = effectiveSettings(
      {},
      {
        vantagepointOrigins: ['https://old.acme.com'],
        onPremOrigins: { vantagepoint: ['https://new.acme.com'], 'ukg-pro': ['https://x.acme.com'] },
      },
    );
    expect(both.values.onPremOrigins).toEqual({ vantagepoint: ['https://new.acme.com'] });
    expect(effectiveSettings({}, {}).values.onPremOrigins).toEqual({});
  });

  it('keeps passwords out of the vault when capture is off', () => {
    expect(excludedValues({ ...DEFAULT_SETTINGS, capturePasswords: false })).toEqual(['password']);
    expect(excludedValues(DEFAULT_SETTINGS)).toEqual([]);
  });
});
