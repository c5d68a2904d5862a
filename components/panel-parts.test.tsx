import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildPanelState } from '@/utils/guides/panel-state';
import { EMPTY_PROGRESS } from '@/utils/contracts/guide';
import { GUIDES } from '@/utils/guides/registry';
import { button, buttonNames, click, show } from '@/test/support/render';
import { CheckLine } from './CheckLine';
import { ConnectionResults } from './ConnectionResults';
import { Notice } from './Notice';
import { FinalCard } from './FinalCard';
import { SavedAccountOffer } from './SavedAccountOffer';
import { PageOutline } from './PageOutline';
import { Confirm } from './Confirm';
import { MarkButtons } from './MarkButtons';
import { StepList } from './StepList';
import { SendButton } from './SendButton';
import { ToolbarPicture } from './ToolbarPicture';
import { CopyIcon, EyeIcon } from './Icons';
import { MarkedNote, NoTabView, RelayLine, RestingNote, Title } from './GuideParts';

afterEach(() => document.body.replaceChildren());

describe('CheckLine', () => {
  it('announces a problem as an alert, a pass as a status, an untouched field not at all', () => {
    expect(show(<CheckLine level="error" message="Too short" />).querySelector('[role="alert"]')?.textContent).toBe('✕ Too short');
    expect(show(<CheckLine level="warn" message="Check it" />).querySelector('[role="alert"]')?.textContent).toBe('! Check it');
    expect(show(<CheckLine level="ok" message="Looks right" />).querySelector('[role="status"]')?.textContent).toBe('✓ Looks right');
    const neutral = show(<CheckLine level="neutral" message="Needs 8 characters" />);
    expect(neutral.querySelector('[role]')).toBeNull();
    expect(neutral.textContent).toBe('○ Needs 8 characters');
  });
});

describe('ConnectionResults', () => {
  it('one line per service: works as a status, anything else as an alert; none, an empty list', () => {
    const root = show(
      <ConnectionResults
        results={[
          { service: 'EmployeePerson', outcome: 'works', message: 'Works' },
          { service: 'EmployeeJob', outcome: 'not-authorised', message: 'Not allowed' },
        ]}
      />,
    );
    expect(root.querySelector('ul')?.getAttribute('aria-label')).toBe('Test connection results');
    expect([...root.querySelectorAll('li')].map((li) => li.querySelector('[role]')?.getAttribute('role'))).toEqual(['status', 'alert']);
    expect(show(<ConnectionResults results={[]} />).querySelectorAll('li')).toHaveLength(0);
  });
});

describe('Notice', () => {
  it('is always there to be announced; says a status or an alert', () => {
    expect(show(<Notice notice={null} />).querySelector('[role="status"]')?.textContent).toBe('');
    expect(show(<Notice notice={{ kind: 'status', text: 'Copied.' }} />).querySelector('[role="status"]')?.textContent).toBe('Copied.');
    expect(show(<Notice notice={{ kind: 'alert', text: 'Failed.' }} />).querySelector('[role="alert"]')?.textContent).toBe('Failed.');
  });

  it('beside a group of buttons, shows only what their actions said, scrolled into view', () => {
    const scrolled = vi.fn();
    Element.prototype.scrollIntoView = scrolled;
    const shows = (from: string) => from === 'send';
    expect(show(<Notice notice={{ kind: 'status', text: 'Copied.', from: 'copy' }} shows={shows} />).textContent).toBe('');
    expect(scrolled).not.toHaveBeenCalled();
    expect(show(<Notice notice={{ kind: 'status', text: 'Sent.', from: 'send' }} shows={shows} />).textContent).toBe('Sent.');
    expect(scrolled).toHaveBeenCalledWith({ block: 'nearest' });
  });
});

describe('FinalCard', () => {
  it('says what is left and goes to Together; busy, the button waits', () => {
    const onTogether = vi.fn();
    const root = show(<FinalCard busy={false} onTogether={onTogether} />);
    expect(root.querySelector('h2')?.textContent).toBeTruthy();
    click(root, button(root, buttonNames(root)[0]!).textContent!);
    expect(onTogether).toHaveBeenCalledOnce();
    expect(root.querySelector('a')?.getAttribute('href')).toBe('/options.html#records');
    expect(show(<FinalCard busy onTogether={onTogether} />).querySelector('button')?.disabled).toBe(true);
  });
});

describe('SavedAccountOffer', () => {
  it('names the host whose Save it was, and takes the admin’s answer either way', () => {
    const onAnswer = vi.fn();
    const root = show(<SavedAccountOffer host="ew42.ultipro.com" busy={false} onAnswer={onAnswer} />);
    expect(root.textContent).toContain('ew42.ultipro.com');
    const [use, keep] = [...root.querySelectorAll('button')];
    use!.click();
    keep!.click();
    expect(onAnswer.mock.calls).toEqual([[true], [false]]);
    expect([...show(<SavedAccountOffer host="h" busy onAnswer={onAnswer} />).querySelectorAll('button')].every((b) => b.disabled)).toBe(
      true,
    );
  });
});

describe('PageOutline', () => {
  it('folded on a known site’s other page; open on an unknown page; shows exactly what was taken', () => {
    const onCopy = vi.fn();
    expect(show(<PageOutline busy={false} open={false} outline={null} onCopy={onCopy} />).querySelector('details')?.open).toBe(false);
    expect(show(<PageOutline busy={false} open outline={null} onCopy={onCopy} />).querySelector('textarea')).toBeNull();
    const taken = show(<PageOutline busy={false} open={false} outline={'h1 "Service Accounts"'} onCopy={onCopy} />);
    expect(taken.querySelector('details')?.open).toBe(true);
    expect(taken.querySelector('textarea')?.value).toBe('h1 "Service Accounts"');
    taken.querySelector('button')!.click();
    expect(onCopy).toHaveBeenCalledOnce();
  });
});

describe('Confirm', () => {
  it('asks, goes ahead or cancels; busy, only Cancel can be pressed', () => {
    const onConfirm = vi.fn();
    const onCancel = vi.fn();
    const root = show(
      <Confirm id="q" question="Send 1 of 5?" confirm="Send" cancel="Cancel" busy={false} onConfirm={onConfirm} onCancel={onCancel} />,
    );
    expect(root.querySelector('[role="group"]')?.getAttribute('aria-labelledby')).toBe('q');
    expect(root.querySelector('#q')?.textContent).toBe('Send 1 of 5?');
    click(root, 'Send');
    click(root, 'Cancel');
    expect([onConfirm.mock.calls.length, onCancel.mock.calls.length]).toEqual([1, 1]);
    const busy = show(<Confirm id="q" question="?" confirm="Send" cancel="Cancel" busy onConfirm={onConfirm} onCancel={onCancel} />);
    expect([button(busy, 'Send').disabled, button(busy, 'Cancel').disabled]).toEqual([true, false]);
  });
});

describe('MarkButtons', () => {
  it('marks done or skipped at once', () => {
    const onMark = vi.fn();
    const root = show(<MarkButtons stepIndex={2} shownOnce={false} busy={false} onMark={onMark} />);
    click(root, 'Mark this step done');
    click(root, 'Skip this step');
    expect(onMark.mock.calls).toEqual([
      [2, 'done'],
      [2, 'skipped'],
    ]);
  });

  it('asks before skipping a value shown only once; Cancel changes nothing', () => {
    const onMark = vi.fn();
    const root = show(<MarkButtons stepIndex={1} shownOnce busy={false} onMark={onMark} />);
    click(root, 'Skip this step');
    expect(onMark).not.toHaveBeenCalled();
    click(root, 'Cancel');
    expect(buttonNames(root)).toEqual(['Mark this step done', 'Skip this step']);
    click(root, 'Skip this step');
    click(root, 'Skip anyway');
    expect(onMark.mock.calls).toEqual([[1, 'skipped']]);
  });
});

describe('StepList', () => {
  const steps = [
    { id: 'a', title: 'Open', done: true },
    { id: 'b', title: 'Capture', done: false, status: 'skipped' as const },
    { id: 'c', title: 'Add', done: false, text: 'Click Add.' },
    { id: 'd', title: 'Send', done: false },
  ];

  it('marks each step done, skipped, current or to do, with the current one as the page’s step', () => {
    const root = show(<StepList summary="Steps" steps={steps} stepIndex={2} open />);
    expect([...root.querySelectorAll('li')].map((li) => li.className)).toEqual(['done', 'skipped', 'current', 'to-do']);
    expect(root.querySelector('[aria-current="step"]')?.textContent).toContain('Click Add.');
    expect(root.querySelectorAll('button')).toHaveLength(0);
  });

  it('offers to go back to a done or skipped step when it may', () => {
    const onReopen = vi.fn();
    const root = show(<StepList summary="Steps" steps={steps} stepIndex={2} open={false} onReopen={onReopen} />);
    expect(root.querySelector('details')?.open).toBe(false);
    expect(root.querySelectorAll('button')).toHaveLength(2);
    root.querySelectorAll('button')[1]!.click();
    expect(onReopen).toHaveBeenCalledWith(1);
  });
});

describe('SendButton', () => {
  const state = (values: Record<string, string>) =>
    buildPanelState({
      guide: GUIDES['ukg-pro'],
      page: null,
      progress: EMPTY_PROGRESS,
      values,
      expiresAt: Object.keys(values).length ? Date.now() + 60_000 : null,
    });

  it('cannot send before anything is captured', () => {
    expect(button(show(<SendButton state={state({})} busy={null} onSend={vi.fn()} />), 'Send to Together').disabled).toBe(true);
  });

  it('with values missing, asks first in the panel; Cancel keeps everything', () => {
    const onSend = vi.fn();
    const root = show(<SendButton state={state({ customerApiKey: 'B7K2Q' })} busy={null} onSend={onSend} />);
    click(root, 'Send to Together');
    expect(root.textContent).toContain('values now?');
    click(root, 'Cancel');
    expect(onSend).not.toHaveBeenCalled();
    click(root, 'Send to Together');
    click(root, 'Send');
    expect(onSend).toHaveBeenCalledOnce();
  });

  it('says it is sending while the Send runs', () => {
    const root = show(<SendButton state={state({ customerApiKey: 'B7K2Q' })} busy="send" onSend={vi.fn()} />);
    expect(root.querySelector('button')?.disabled).toBe(true);
    expect(root.querySelector('button')?.textContent).not.toBe('Send to Together');
  });
});

describe('ToolbarPicture and icons', () => {
  it('draws Chrome’s extensions menu, not Firefox’s; named once as a picture', () => {
    const chrome = show(<ToolbarPicture firefox={false} />);
    expect(chrome.querySelector('svg')?.getAttribute('role')).toBe('img');
    expect(chrome.querySelector('svg')?.getAttribute('aria-label')).toBeTruthy();
    expect(chrome.querySelectorAll('path')).toHaveLength(2);
    expect(show(<ToolbarPicture firefox />).querySelectorAll('path')).toHaveLength(1);
  });

  it('icons are decorative: hidden from assistive technology, never focusable', () => {
    for (const Icon of [EyeIcon, CopyIcon]) {
      const svg = show(<Icon />).querySelector('svg')!;
      expect([svg.getAttribute('aria-hidden'), svg.getAttribute('focusable')]).toEqual(['true', 'false']);
    }
  });
});

describe('GuideParts', () => {
  it('the last word on a step can be taken back', () => {
    const onUndo = vi.fn();
    const root = show(<MarkedNote marked={{ number: 3, mark: 'skipped' }} busy={false} onUndo={onUndo} />);
    expect(root.querySelector('[role="status"]')?.textContent).toContain('3');
    click(root, 'Undo');
    expect(onUndo).toHaveBeenCalledOnce();
  });

  it('the title names the tab’s host, and says when the guide followed the admin to another host', () => {
    const state = {
      ...buildPanelState({
        guide: GUIDES['ukg-pro'],
        page: null,
        progress: EMPTY_PROGRESS,
        values: {},
        expiresAt: null,
        host: 'ew42.ultipro.com',
      }),
      hostMoved: { from: 'ew42.ultipro.com', to: 'n12.ultipro.com' },
    };
    const root = show(<Title state={state} />);
    expect(root.querySelector('h1')?.textContent).toBe(state.guideTitle);
    expect(root.textContent).toContain('ew42.ultipro.com');
    expect(root.querySelector('[role="status"]')?.textContent).toContain('n12.ultipro.com');
    expect(show(<Title state={null} />).querySelector('h1')?.textContent).toBe('Together Setup Assistant');
  });

  it('what a Send waits for is a polite status; the default panel holds no button', () => {
    const waiting = show(<RelayLine relay={{ waiting: true, message: 'Waiting for Together…' } as never} />).querySelector('p')!;
    expect([waiting.className, waiting.getAttribute('aria-live'), waiting.textContent]).toEqual([
      'relay waiting',
      'polite',
      'Waiting for Together…',
    ]);
    expect(show(<NoTabView />).querySelectorAll('button')).toHaveLength(0);
  });

  it('resting: says so and resumes', () => {
    const onResume = vi.fn();
    click(show(<RestingNote busy={false} onResume={onResume} />), 'Resume the guide');
    expect(onResume).toHaveBeenCalledOnce();
  });
});
