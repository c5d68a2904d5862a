import { describe, expect, it } from 'vitest';
import { checkValue } from '@/utils/systems/value-checks';
import { checkCustomerApiKey, checkUserApiKey } from '@/utils/systems/ukg-pro/keys';

describe('Customer API key', () => {
  it.each([
    ['B7K2Q', 'ok'],
    ['  B7K2Q ', 'ok'],
    ['b7k2q', 'warn'],
    ['B7K2', 'error'],
    ['B7K2QX', 'error'],
    ['B7-2Q', 'error'],
    ['', 'error'],
  ])('%j → %s', (v, level) => expect(checkCustomerApiKey(v).level).toBe(level));

  it('says where to find the key when it is wrong', () => {
    expect(checkCustomerApiKey('B7K2').message).toMatch(/Service Account Administration/);
  });
});

describe('User API key', () => {
  it.each([
    ['XJ4MT90000K0', 'ok'],
    ['XJ4MT90000K', 'error'],
    ['', 'error'],
  ])('%j → %s', (v, level) => expect(checkUserApiKey(v).level).toBe(level));
});

describe('checkValue', () => {
  it('requires at least presence for values without a rule', () => {
    expect(checkValue('database', '').level).toBe('error');
    expect(checkValue('database', 'Acme (PROD)').level).toBe('ok');
  });
});
