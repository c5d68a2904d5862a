import { describe, expect, it } from 'vitest';
import { eventsFromChecks } from '@/utils/guides/events';
import { buildPanelState, guideChecklist } from '@/utils/guides/panel-state';
import { currentStep } from '@/utils/guides/registry';
import { EMPTY_PROGRESS, type Progress } from '@/utils/contracts/guide';
import { ukgProGuide } from '@/utils/systems/ukg-pro/guide';
import { vantagepointGuide } from '@/utils/systems/vantagepoint/guide';

const progress = (p: Partial<Progress>): Progress => ({ ...EMPTY_PROGRESS, ...p });
const step = (pageId: string | null, p: Partial<Progress> = {}) => {
  const c = currentStep(ukgProGuide, pageId, progress(p));
  return [c.step.id, c.where];
};

describe('UKG guide progression', () => {
  it.each([
    ['a fresh start on any UKG page', 'ukg-other', {}, ['open-service-accounts', 'on-page']],
    ['the list page counts as found', 'service-accounts', {}, ['customer-api-key', 'on-page']],
    ['key captured, still on the list: click Add', 'service-accounts', { captured: ['customerApiKey'] }, ['add-service-account', 'via']],
    ['on the Add page', 'add-service-account', { captured: ['customerApiKey'] }, ['add-service-account', 'on-page']],
    ['details pass: rights next, same page', 'add-service-account', { captured: ['customerApiKey'], events: ['account-details-ok'] }, ['web-service-rights', 'on-page']],
    ['saved with a generated password: the pop-up', 'password-popup', { captured: ['customerApiKey'], events: ['account-details-ok', 'account-saved', 'rights-ok'] }, ['generated-password', 'on-page']],
    ['typed password captured at save: the user key', 'service-accounts', { captured: ['customerApiKey', 'username', 'password'], events: ['account-details-ok', 'account-saved', 'rights-ok'] }, ['user-api-key', 'on-page']],
    ['saved with wrong rights: back to rights, from elsewhere', 'service-accounts', { captured: ['customerApiKey', 'password'], events: ['account-details-ok', 'account-saved'] }, ['web-service-rights', 'elsewhere']],
    ['root URL next, not on Web Services', 'service-accounts', { captured: ['customerApiKey', 'password', 'userApiKey'], events: ['account-details-ok', 'rights-ok'] }, ['root-url', 'elsewhere']],
    ['everything captured', 'web-services', { captured: ['customerApiKey', 'password', 'userApiKey', 'rootUrl'], events: ['account-details-ok', 'rights-ok'] }, ['send-to-together', 'elsewhere']],
  ] as const)('%s', (_, pageId, p, expected) => {
    expect(step(pageId, p as Partial<Progress>)).toEqual(expected);
  });

  it('stays on the last step when everything is done', () => {
    const all = progress({ captured: ['customerApiKey', 'password', 'userApiKey', 'rootUrl'], events: ['account-details-ok', 'rights-ok', 'relayed'] });
    expect(currentStep(ukgProGuide, 'ukg-other', all).step.id).toBe('send-to-together');
  });
});

describe('panel state', () => {
  it('says where to go when the step is elsewhere, and shows written steps when unrecognised', () => {
    const base = { guide: ukgProGuide, progress: progress({ captured: ['customerApiKey', 'password', 'userApiKey'], events: ['account-details-ok', 'rights-ok'] }), values: {}, expiresAt: null };
    const elsewhere = buildPanelState({ ...base, page: { pageId: 'service-accounts', available: [], fillable: [], checks: [], fixes: [] } });
    expect(elsewhere.place).toBe('elsewhere');
    expect(elsewhere.instruction).toMatch(/^Go to Menu > System Configuration > Security > Web Services \(in the newer UKG Pro: Settings > Security > Web Services\), or type "Web Services" into the search box/);
    const unknown = buildPanelState({ ...base, page: null });
    expect(unknown.place).toBe('unrecognised');
    expect(unknown.steps.filter((s) => s.done).map((s) => s.id)).toEqual(['open-service-accounts', 'customer-api-key', 'add-service-account', 'web-service-rights', 'generated-password', 'user-api-key']);
  });

  it('never carries a secret, only its mask, and lets a warning replace a check', () => {
    const state = buildPanelState({
      guide: ukgProGuide,
      page: null,
      progress: EMPTY_PROGRESS,
      values: { password: 'p@ss!(word)', userApiKey: 'WEBUSR0000K0', username: 'TogetherIntegration' },
      expiresAt: 1,
      warnings: { userApiKey: { level: 'warn', message: 'web user' } },
    });
    const json = JSON.stringify(state);
    expect(json).not.toContain('p@ss!(word)');
    expect(json).not.toContain('WEBUSR0000K0');
    expect(json).toContain('TogetherIntegration');
    expect(state.captured.find((c) => c.name === 'userApiKey')).toMatchObject({ level: 'warn', message: 'web user' });
    expect(state.canTestConnection).toBe(false);
  });
});

describe('events from checks', () => {
  const ok = (field: string) => ({ field, level: 'ok' as const, message: '' });
  it('marks the account details done only when all three pass', () => {
    expect(eventsFromChecks([ok('username'), ok('password'), ok('email')])).toEqual(['account-details-ok']);
    expect(eventsFromChecks([ok('username'), ok('password')])).toEqual([]);
    expect(eventsFromChecks([ok('username'), ok('password'), { ...ok('email'), level: 'error' }])).toEqual([]);
  });
});

describe('the other guides, as checklists', () => {
  it('each step done, current or to do from its own progress, with no page on screen', () => {
    const list = guideChecklist(vantagepointGuide, { ...EMPTY_PROGRESS, visited: ['roles'], events: ['role-ok'] });
    expect(list.title).toBe('Set up Vantagepoint Connect');
    expect(list.steps.map((s) => s.done)).toEqual([true, true, false, false, false, false]);
    expect(list.stepIndex).toBe(2);
    const state = buildPanelState({ guide: ukgProGuide, page: null, progress: EMPTY_PROGRESS, values: {}, expiresAt: null, others: [{ guide: vantagepointGuide, progress: EMPTY_PROGRESS }] });
    expect(state.otherGuides.map((g) => [g.guideId, g.stepIndex])).toEqual([['vantagepoint', 0]]);
  });
});
