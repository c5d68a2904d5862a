import { ukgProBehaviour } from '@/utils/systems/ukg-pro/behaviour';
import { describe, expect, it } from 'vitest';
import { eventsFromChecks } from '@/utils/guides/events';
import { buildPanelState, guideChecklist } from '@/utils/guides/panel-state';
import { currentStep, isFinished, stepStatuses, withEvidence, withHandEnteredSet, withMark } from '@/utils/guides/steps';
import { pageGuide } from '@/utils/guides/page-guide';
import { EMPTY_PROGRESS, type Progress } from '@/utils/contracts/guide';
import { ukgProGuide } from '@/utils/systems/ukg-pro/guide';
import { vantagepointGuide } from '@/utils/systems/vantagepoint/guide';

const progress = (p: Partial<Progress>): Progress => ({ ...EMPTY_PROGRESS, ...p });
const step = (pageId: string | null, p: Partial<Progress> = {}) => {
  const c = currentStep(ukgProGuide, pageId, progress(p));
  return [c.step.id, c.place];
};

describe('UKG guide progression', () => {
  it.each([
    ['a fresh start on any UKG page', 'ukg-other', {}, ['open-service-accounts', 'on-page']],
    ['the list page counts as found', 'service-accounts', {}, ['customer-api-key', 'on-page']],
    ['key captured, still on the list: click Add', 'service-accounts', { captured: ['customerApiKey'] }, ['add-service-account', 'via']],
    ['on the Add page', 'add-service-account', { captured: ['customerApiKey'] }, ['add-service-account', 'on-page']],
    [
      'details pass: rights next, same page',
      'add-service-account',
      { captured: ['customerApiKey'], events: ['account-details-ok'] },
      ['web-service-rights', 'on-page'],
    ],
    [
      'saved with a generated password: the pop-up',
      'password-popup',
      { captured: ['customerApiKey'], events: ['account-details-ok', 'account-saved', 'rights-ok'] },
      ['generated-password', 'on-page'],
    ],
    [
      'typed password captured at save: the user key',
      'service-accounts',
      { captured: ['customerApiKey', 'username', 'password'], events: ['account-details-ok', 'account-saved', 'rights-ok'] },
      ['user-api-key', 'on-page'],
    ],
    [
      'saved with wrong rights, on the list: the list page’s step (rights stay open)',
      'service-accounts',
      { captured: ['customerApiKey', 'password'], events: ['account-details-ok', 'account-saved'] },
      ['user-api-key', 'on-page'],
    ],
    [
      'saved with wrong rights, elsewhere: back to rights',
      'ukg-other',
      { captured: ['customerApiKey', 'password'], events: ['account-details-ok', 'account-saved'] },
      ['web-service-rights', 'elsewhere'],
    ],
    ['on Web Services before anything else: that page’s step', 'web-services', {}, ['root-url', 'on-page']],
    [
      'root URL next, not on Web Services',
      'service-accounts',
      { captured: ['customerApiKey', 'password', 'userApiKey'], events: ['account-details-ok', 'rights-ok'] },
      ['root-url', 'elsewhere'],
    ],
    [
      'everything captured',
      'web-services',
      { captured: ['customerApiKey', 'password', 'userApiKey', 'rootUrl'], events: ['account-details-ok', 'rights-ok'] },
      ['send-to-together', 'elsewhere'],
    ],
  ] as const)('%s', (_, pageId, p, expected) => {
    expect(step(pageId, p as Partial<Progress>)).toEqual(expected);
  });

  it('stays on the last step when everything is done', () => {
    const all = progress({
      captured: ['customerApiKey', 'password', 'userApiKey', 'rootUrl'],
      events: ['account-details-ok', 'rights-ok', 'relayed'],
    });
    expect(currentStep(ukgProGuide, 'ukg-other', all).step.id).toBe('send-to-together');
  });
});

describe('panel state', () => {
  it('Send is the main action only once the guide’s values are complete or on the send step, and says what is missing', () => {
    const page = { pageId: 'service-accounts', available: [], fillable: [], checks: [], fixes: [] };
    const one = buildPanelState({ guide: ukgProGuide, page, progress: EMPTY_PROGRESS, values: { customerApiKey: 'B7K2Q' }, expiresAt: 1 });
    expect(one.sendable).toEqual({ have: 1, of: 5, missing: ['User API key', 'Root URL', 'Username', 'Password'] });
    expect(one.sendIsNext).toBe(false);
    // Password capture turned off: the password is not wanted, and not missing.
    const four = buildPanelState({
      guide: ukgProGuide,
      page,
      progress: EMPTY_PROGRESS,
      values: {
        customerApiKey: 'B7K2Q',
        userApiKey: 'TG7RX20000K0',
        rootUrl: 'https://service4.ultipro.com/',
        username: 'TogetherIntegration',
      },
      expiresAt: 1,
      excluded: ['password'],
    });
    expect(four.sendable).toMatchObject({ have: 4, of: 4, missing: [] });
    expect(four.sendIsNext).toBe(true);
    const onSendStep = buildPanelState({
      guide: ukgProGuide,
      page: null,
      progress: progress({
        captured: ['customerApiKey', 'password', 'userApiKey', 'rootUrl'],
        events: ['account-details-ok', 'rights-ok'],
        visited: ['service-accounts'],
      }),
      values: { customerApiKey: 'B7K2Q' },
      expiresAt: 1,
    });
    expect(onSendStep.steps[onSendStep.stepIndex]!.id).toBe('send-to-together');
    expect(onSendStep.sendIsNext).toBe(true);
  });

  it('names the tab’s host, and says when the tab moved away from the host the values were captured on', () => {
    const base = {
      guide: ukgProGuide,
      page: null,
      progress: EMPTY_PROGRESS,
      values: { customerApiKey: 'B7K2Q' },
      expiresAt: 1,
      valueOrigins: { customerApiKey: 'https://ew42.ultipro.com' },
    };
    expect(buildPanelState({ ...base, host: 'ew42.ultipro.com' })).toMatchObject({ host: 'ew42.ultipro.com', hostMoved: null });
    expect(buildPanelState({ ...base, host: 'ew42-ultipro.com.evil.test' }).hostMoved).toEqual({
      from: 'ew42.ultipro.com',
      to: 'ew42-ultipro.com.evil.test',
    });
    // Typed in (no origin), or on Together's tab: nothing to say.
    expect(buildPanelState({ ...base, host: 'n12.ultipro.com', valueOrigins: { customerApiKey: null } }).hostMoved).toBeNull();
    expect(buildPanelState({ ...base, host: 'my.togetherplatform.com', onTogether: true }).hostMoved).toBeNull();
    // The tab itself moved (nothing captured on either host): said all the same.
    expect(buildPanelState({ ...base, values: {}, host: 'ew43.ultipro.com', movedFrom: 'https://ew42.ultipro.com' }).hostMoved).toEqual({
      from: 'ew42.ultipro.com',
      to: 'ew43.ultipro.com',
    });
  });

  it('says where to go when the step is elsewhere, and shows written steps when unrecognised', () => {
    const base = {
      guide: ukgProGuide,
      progress: progress({ captured: ['customerApiKey', 'password', 'userApiKey'], events: ['account-details-ok', 'rights-ok'] }),
      values: {},
      expiresAt: null,
    };
    const elsewhere = buildPanelState({
      ...base,
      page: { pageId: 'service-accounts', available: [], fillable: [], checks: [], fixes: [] },
    });
    expect(elsewhere.place).toBe('elsewhere');
    expect(elsewhere.instruction).toMatch(
      /^Go to Menu > System Configuration > Security > Web Services \(in the newer UKG Pro: Settings > Security > Web Services\), or type "Web Services" into the search box/,
    );
    const unknown = buildPanelState({ ...base, page: null });
    expect(unknown.place).toBe('unrecognised');
    expect(unknown.steps.filter((s) => s.done).map((s) => s.id)).toEqual([
      'open-service-accounts',
      'customer-api-key',
      'add-service-account',
      'web-service-rights',
      'generated-password',
      'user-api-key',
    ]);
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
    expect(eventsFromChecks(ukgProBehaviour, [ok('username'), ok('password'), ok('email')])).toEqual(['account-details-ok']);
    expect(eventsFromChecks(ukgProBehaviour, [ok('username'), ok('password')])).toEqual([]);
    expect(eventsFromChecks(ukgProBehaviour, [ok('username'), ok('password'), { ...ok('email'), level: 'error' }])).toEqual([]);
  });
});

describe('the other guides, as checklists', () => {
  it('each step done, current or to do from its own progress, with no page on screen', () => {
    const list = guideChecklist(vantagepointGuide, { ...EMPTY_PROGRESS, visited: ['roles'], events: ['role-ok'] });
    expect(list.title).toBe('Set up Vantagepoint Connect');
    expect(list.steps.map((s) => s.done)).toEqual([true, true, false, false, false, false]);
    expect(list.stepIndex).toBe(2);
    const state = buildPanelState({
      guide: ukgProGuide,
      page: null,
      progress: EMPTY_PROGRESS,
      values: {},
      expiresAt: null,
      others: [{ guide: vantagepointGuide, progress: EMPTY_PROGRESS }],
    });
    expect(state.otherGuides.map((g) => [g.guideId, g.stepIndex])).toEqual([['vantagepoint', 0]]);
  });
});

describe('the step for the admin’s page', () => {
  const vp = (pageId: string, p: Partial<Progress> = {}) => currentStep(vantagepointGuide, pageId, progress(p));

  it('shows the page’s own step, listing the earlier unfinished ones as still open', () => {
    const c = vp('api-authorization', { visited: ['roles'] });
    expect(c.step.id).toBe('api-authorization');
    expect(c.place).toBe('on-page');
    expect(c.openBefore.map((i) => vantagepointGuide.steps[i]!.id)).toEqual(['role', 'users']);
  });

  it('counts the role’s step done once Connect Administration has opened', () => {
    const c = vp('connect-administration');
    expect(c.step.id).toBe('configure-connect');
    expect(c.openBefore.map((i) => vantagepointGuide.steps[i]!.id)).toEqual(['users', 'api-authorization']);
    const panel = buildPanelState({
      guide: vantagepointGuide,
      page: { pageId: 'connect-administration', available: [], fillable: [], checks: [], fixes: [] },
      progress: EMPTY_PROGRESS,
      values: {},
      expiresAt: null,
    });
    expect(panel.steps.find((s) => s.id === 'role')?.done).toBe(true);
    expect(panel.openBefore.map((s) => s.number)).toEqual([3, 4]);
  });

  it('after Skip or Done on a page, shows the next step of the flow, with the earlier open ones listed', () => {
    // Skipped on Users (Roles not done): API Authorization next, not Roles' instructions over Users.
    const c = vp('users', { visited: ['roles'], marks: { users: 'skipped' } });
    expect(c.step.id).toBe('api-authorization');
    expect(c.openBefore.map((i) => vantagepointGuide.steps[i]!.id)).toEqual(['role']);
  });

  it('falls back to the first unfinished step on a page no step is on', () => {
    expect(vp('vantagepoint-other', { visited: ['roles'], events: ['role-ok'] }).step.id).toBe('users');
  });
});

describe('the admin’s word on steps', () => {
  it('done and skipped finish a step; open takes it back until new evidence comes', () => {
    let p = withMark(progress({ visited: ['roles'] }), 'role', 'skipped');
    expect(stepStatuses(vantagepointGuide, p, null).slice(0, 3)).toEqual(['done', 'skipped', 'to-do']);
    p = withMark(p, 'users', 'done');
    expect(currentStep(vantagepointGuide, null, p).step.id).toBe('api-authorization');
    // Undo: the mark goes, the step is open again.
    p = withMark(p, 'users', null);
    expect(currentStep(vantagepointGuide, null, p).step.id).toBe('users');
    // Going back to a step seen done keeps it open, until it is seen done again.
    p = withEvidence(vantagepointGuide, EMPTY_PROGRESS, { visited: 'roles', events: ['role-ok'] });
    p = withMark(p, 'role', 'open');
    expect(currentStep(vantagepointGuide, 'users', p).openBefore).toContain(1);
    expect(currentStep(vantagepointGuide, null, p).step.id).toBe('role');
    p = withEvidence(vantagepointGuide, p, { events: ['user-ok'] });
    expect(p.marks).toEqual({ role: 'open' });
    p = withEvidence(vantagepointGuide, p, { events: ['role-ok'] });
    expect(p.marks).toEqual({});
    expect(currentStep(vantagepointGuide, null, p).step.id).toBe('api-authorization');
  });

  it('a finished guide is finished by any mix of seen, done and skipped steps', () => {
    const marks = Object.fromEntries(vantagepointGuide.steps.slice(0, -1).map((s, i) => [s.id, i % 2 ? 'done' : 'skipped']));
    expect(isFinished(vantagepointGuide, progress({ marks: marks as Progress['marks'] }))).toBe(false);
    expect(isFinished(vantagepointGuide, progress({ marks: marks as Progress['marks'], events: ['relayed'] }))).toBe(true);
  });
});

describe('values belong to their guide', () => {
  const page = (p: Partial<NonNullable<Parameters<typeof buildPanelState>[0]['page']>>) => ({
    pageId: 'service-accounts',
    available: [],
    fillable: [],
    checks: [],
    fixes: [],
    ...p,
  });

  it('the Vantagepoint guide neither lists nor tests UKG values, and the reverse', () => {
    const values = { customerApiKey: 'B7K2Q', clientId: 'together', rootUrl: 'https://service4.ultipro.com/' };
    const vpState = buildPanelState({ guide: vantagepointGuide, page: null, progress: EMPTY_PROGRESS, values, expiresAt: 1 });
    expect(vpState.captured.map((c) => c.name)).toEqual(['clientId']);
    expect(vpState.canTestConnection).toBe(false);
    const ukgState = buildPanelState({ guide: ukgProGuide, page: null, progress: EMPTY_PROGRESS, values, expiresAt: 1 });
    expect(ukgState.captured.map((c) => c.name).sort()).toEqual(['customerApiKey', 'rootUrl']);
  });

  it('offers a kept value again only when the page shows a different one, as a replacement', () => {
    const base = {
      guide: ukgProGuide,
      progress: EMPTY_PROGRESS,
      values: { customerApiKey: 'B7K2Q' },
      keptFingerprints: { customerApiKey: 'aaaaaaaaaaaaaaaa' },
      expiresAt: 1,
    };
    const same = buildPanelState({
      ...base,
      page: page({ available: ['customerApiKey'], fingerprints: { customerApiKey: 'aaaaaaaaaaaaaaaa' } }),
    });
    expect(same.captures).toEqual([]);
    const other = buildPanelState({
      ...base,
      page: page({ available: ['customerApiKey'], fingerprints: { customerApiKey: 'bbbbbbbbbbbbbbbb' } }),
    });
    expect(other.captures).toEqual([{ name: 'customerApiKey', label: 'Customer API key', replaces: true }]);
    const fresh = buildPanelState({ ...base, values: {}, page: page({ available: ['customerApiKey'] }) });
    expect(fresh.captures).toEqual([{ name: 'customerApiKey', label: 'Customer API key', replaces: false }]);
  });
});

describe('what a vendor page shows of the guide', () => {
  const ukgPage = (p: Partial<Progress>, o: Partial<Parameters<typeof pageGuide>[3]> = {}) =>
    pageGuide(ukgProGuide, 'service-accounts', progress(p), { panelOpen: false, showOnPages: 'unfinished', ...o });
  const all = {
    captured: ['customerApiKey', 'password', 'userApiKey', 'rootUrl'] as Progress['captured'],
    events: ['account-details-ok', 'rights-ok', 'relayed'] as Progress['events'],
  };

  it('an unfinished guide: the outline, the callout and the launcher; the toolbar says the step', () => {
    expect(ukgPage({})).toMatchObject({
      anchor: 'customerApiKey',
      launcher: true,
      badge: '2/8',
      title: 'Connect UKG Pro to Together: step 2 of 8 — Capture the Customer API key',
    });
    expect(ukgPage({}, { panelOpen: true })).toMatchObject({ anchor: 'customerApiKey', launcher: false });
  });

  it('quiet when finished, resting, or set to the toolbar only — unless the guide is open beside the page', () => {
    expect(ukgPage(all)).toMatchObject({ anchor: null, callout: null, launcher: false, badge: '✓' });
    expect(ukgPage(all, { panelOpen: true })).toMatchObject({ anchor: null, launcher: false });
    expect(ukgPage({ resting: true })).toMatchObject({ anchor: null, launcher: false });
    expect(ukgPage({ resting: true }, { panelOpen: true })).toMatchObject({ anchor: 'customerApiKey', launcher: false });
    expect(ukgPage({}, { showOnPages: 'never' })).toMatchObject({ anchor: null, launcher: false });
    expect(ukgPage({}, { showOnPages: 'never', panelOpen: true })).toMatchObject({ anchor: 'customerApiKey' });
  });
});

describe('values entered by hand', () => {
  const ukgAll = ['customerApiKey', 'username', 'password', 'userApiKey', 'rootUrl'] as const;

  it('a complete set takes every step before its last value as done; the steps after it stay', () => {
    const p = withHandEnteredSet(ukgProGuide, progress({ captured: [...ukgAll] }), []);
    expect(stepStatuses(ukgProGuide, p, null)).toEqual(['done', 'done', 'done', 'done', 'done', 'done', 'done', 'to-do']);
    const vp = withHandEnteredSet(
      vantagepointGuide,
      progress({ captured: ['clientId', 'clientSecret', 'database', 'vantagepointUrl'] }),
      [],
    );
    expect(stepStatuses(vantagepointGuide, vp, null)).toEqual(['done', 'done', 'done', 'done', 'to-do', 'to-do']);
  });

  it('values the settings exclude count as there; a part of the set proves nothing', () => {
    const without = progress({ captured: ukgAll.filter((v) => v !== 'password') });
    expect(withHandEnteredSet(ukgProGuide, without, ['password']).events).toEqual(['account-details-ok', 'rights-ok']);
    expect(withHandEnteredSet(ukgProGuide, without, [])).toBe(without);
  });
});

describe('another way to a step’s page', () => {
  const home = { pageId: 'ukg-other', available: [], fillable: [], checks: [], fixes: [] };
  it('away from it: the vendor’s name for it to search; no link where its address is not public', () => {
    const state = buildPanelState({
      guide: ukgProGuide,
      page: home,
      progress: EMPTY_PROGRESS,
      values: {},
      expiresAt: null,
      host: 'ew42.ultipro.com',
    });
    expect(state.stepIndex).toBe(0);
    expect(state.find).toEqual({ term: 'Service Account Administration', href: null });
  });

  it('a direct link on the admin’s own host where the guide knows the path; nothing once on the page', () => {
    const [first, ...rest] = ukgProGuide.steps;
    const linked = {
      ...ukgProGuide,
      steps: [{ ...first!, find: { term: 'Service Account Administration', path: '/pages/VIEW/ServiceAccountAdmin.aspx' } }, ...rest],
    };
    const away = buildPanelState({
      guide: linked,
      page: home,
      progress: EMPTY_PROGRESS,
      values: {},
      expiresAt: null,
      host: 'ew42.ultipro.com',
    });
    expect(away.find).toEqual({
      term: 'Service Account Administration',
      href: 'https://ew42.ultipro.com/pages/VIEW/ServiceAccountAdmin.aspx',
    });
    const onList = buildPanelState({
      guide: ukgProGuide,
      page: { ...home, pageId: 'service-accounts' },
      progress: EMPTY_PROGRESS,
      values: {},
      expiresAt: null,
      host: 'ew42.ultipro.com',
    });
    expect(onList.find).toBeNull();
  });
});
