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
      effectiveSettings({}, { vantagepointOrigins: ['https://vp.acme.com', 'http://x', 'javascript:alert(1)', 7] }).values
        .vantagepointOrigins,
    ).toEqual(['https://vp.acme.com']);
  });

  it('keeps passwords out of the vault when capture is off', () => {
    expect(excludedValues({ ...DEFAULT_SETTINGS, capturePasswords: false })).toEqual(['password']);
    expect(excludedValues(DEFAULT_SETTINGS)).toEqual([]);
  });
});
