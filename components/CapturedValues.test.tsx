import { afterEach, describe, expect, it } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import type { CapturedView } from '@/utils/guides/panel-view';
import { CapturedValues } from './CapturedValues';

const value = (name: CapturedView['name'], level: CapturedView['level'] = 'ok'): CapturedView => ({
  name,
  label: name,
  shown: '••••',
  secret: true,
  level,
  message: `${name} ${level}`,
});
const five = (['customerApiKey', 'username', 'password', 'userApiKey', 'rootUrl'] as const).map((n) => value(n));

function show(captured: CapturedView[], wanted = 5) {
  const root = document.createElement('div');
  document.body.replaceChildren(root);
  act(() =>
    render(
      <CapturedValues
        captured={captured}
        total={5}
        wanted={wanted}
        expiresAt={null}
        now={0}
        reveal={async () => null}
        copy={() => undefined}
      />,
      root,
    ),
  );
  return root;
}

describe('captured values in the side panel', () => {
  afterEach(() => document.body.replaceChildren());

  it('says so when nothing is captured', () => {
    expect(show([]).textContent).toContain('Nothing captured yet.');
  });

  it('one line a value, with icon buttons named for what they do', () => {
    const root = show(five.slice(0, 2));
    expect(root.querySelectorAll('li.value')).toHaveLength(2);
    expect([...root.querySelectorAll('button')].map((b) => b.getAttribute('aria-label'))).toEqual([
      'Reveal customerApiKey',
      'Copy customerApiKey',
      'Reveal username',
      'Copy username',
    ]);
    expect(root.querySelector('details')).toBeNull();
  });

  it('folds to “5 of 5 captured ✓” once every wanted value is in and right; opens on request', () => {
    const root = show(five);
    const details = root.querySelector('details')!;
    expect(details.querySelector('summary')!.firstChild!.textContent).toBe('5 of 5 captured ✓');
    // Folded, the summary still tells a screen reader each value's check.
    expect(details.querySelector('summary .sr-only')!.textContent).toContain('customerApiKey ok');
    expect(details.open).toBe(false);
    expect(details.querySelectorAll('li.value')).toHaveLength(5);
    // The settings leave the password out: four are all there is to capture.
    expect(
      show(
        five.filter((v) => v.name !== 'password'),
        4,
      ).querySelector('summary')!.firstChild!.textContent,
    ).toBe('4 of 5 captured ✓');
  });

  it('stays open while a value is missing or not right', () => {
    expect(show(five.slice(0, 4)).querySelector('details')).toBeNull();
    expect(show([...five.slice(0, 4), value('rootUrl', 'warn')]).querySelector('details')).toBeNull();
  });
});

describe('the last capture’s result while the list is folded', () => {
  it('stays in view; what was there when the panel opened is not “last”', () => {
    const root = document.createElement('div');
    document.body.replaceChildren(root);
    const at = (captured: CapturedView[]) =>
      act(() =>
        render(<CapturedValues captured={captured} total={5} wanted={5} expiresAt={null} now={0} reveal={async () => null} />, root),
      );
    at(five);
    expect(root.querySelector('.captured-all')!.nextElementSibling).toBeNull();
    at(five.slice(0, 4));
    at(five);
    expect(root.querySelector('.captured-all')!.nextElementSibling!.textContent).toContain('rootUrl ok');
    expect(root.querySelector('details')!.open).toBe(false);
  });
});
