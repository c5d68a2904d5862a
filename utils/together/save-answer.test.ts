import { describe, expect, it } from 'vitest';
import { answerTexts, saveAnswer, saveControlAt } from '@/utils/together/save-answer';
import { htmlDocument } from '@/test/support/factories';

const FORM = `<form id="hris"><label>Customer API Key <input name="c"></label><button type="submit">Save</button></form>`;

/** The page at the admin's click, then after Together answered: what `saveAnswer` makes of it. */
function answer(beforeHtml: string, afterHtml: string) {
  const before = answerTexts(htmlDocument(beforeHtml));
  // A new document: every element is new, as when an app re-renders (only new words count).
  const after = htmlDocument(afterHtml);
  return saveAnswer(after, before, after.querySelector('form'));
}

describe('Together’s answer to its Save, in the markups apps use', () => {
  const successes: [string, string][] = [
    ['a status live region', `${FORM}<div role="status">Integration saved.</div>`],
    ['an aria-live toast', `${FORM}<div aria-live="polite" class="x"><p>Success! Your HRIS integration was saved successfully.</p></div>`],
    ['a snackbar class', `${FORM}<div class="MuiSnackbar-root"><span>Changes saved</span></div>`],
    ['the integration shown as connected', `${FORM}<span class="status-badge">Connected</span>`],
    ['a data-status badge', `${FORM}<div data-status="ok">UKG Pro connected</div>`],
    ['an <output>', `${FORM}<output>Saved</output>`],
  ];
  for (const [what, after] of successes)
    it(`success: ${what}`, () => expect(answer(`${FORM}<div role="status"></div>`, after)).toMatchObject({ outcome: 'saved' }));

  const errors: [string, string, string][] = [
    ['an alert', `${FORM}<div role="alert">The Customer API key is not valid.</div>`, 'The Customer API key is not valid.'],
    [
      'an error toast',
      `${FORM}<div class="toast toast-error">Could not save the integration (401).</div>`,
      'Could not save the integration (401).',
    ],
    ['a status that says it failed', `${FORM}<div role="status">Saving failed: try again</div>`, 'Saving failed: try again'],
    [
      'a mixed message (an error wins)',
      `${FORM}<div aria-live="assertive">Saved 3 of 5 fields; 2 failed validation</div>`,
      'Saved 3 of 5 fields; 2 failed validation',
    ],
  ];
  for (const [what, after, message] of errors)
    it(`error: ${what}`, () => expect(answer(FORM, after)).toEqual({ outcome: 'error', message }));

  it('error: a field the form marked invalid, with no message anywhere', () => {
    expect(answer(FORM, FORM.replace('<input name="c">', '<input name="c" aria-invalid="true">'))).toEqual({
      outcome: 'error',
      message: '',
    });
  });

  it('nothing new: no answer (a "Connected" badge that was already there is not one)', () => {
    const page = `${FORM}<span class="badge">Connected</span><div role="status">Last saved yesterday</div>`;
    expect(answer(page, page)).toBeNull();
    expect(answer(FORM, `${FORM}<div role="status">Saving…</div>`)).toBeNull();
    expect(answer(FORM, `${FORM}<div role="status" hidden>Integration saved.</div>`)).toBeNull();
  });
});

describe('Together’s Save button, by its face', () => {
  const control = (html: string) => {
    const doc = htmlDocument(html);
    return saveControlAt(doc.querySelector('[data-t]') ?? doc.body.firstElementChild);
  };
  it('a button or submit input whose own text says Save (or Save changes, Connect…)', () => {
    expect(control('<button data-t>Save</button>')).not.toBeNull();
    expect(control('<button><span data-t>Save changes</span></button>')).not.toBeNull();
    expect(control('<input type="submit" value="Save" data-t>')).not.toBeNull();
    expect(control('<div role="button" data-t>Save integration</div>')).not.toBeNull();
  });
  it('never a control named Save only in hidden markup, nor another button', () => {
    expect(control('<button aria-label="Save" data-t>Accept all</button>')).toBeNull();
    expect(control('<button title="Save" data-t>OK</button>')).toBeNull();
    expect(control('<button data-t>Cancel</button>')).toBeNull();
    expect(control('<button hidden data-t>Save</button>')).toBeNull();
  });
});

describe('an answer nobody marked up', () => {
  it('a plain line that appears under the form ("Saved.")', () => {
    expect(answer(`${FORM}<p id="s" hidden>Saved.</p>`, `${FORM}<p id="s">Saved.</p>`)).toMatchObject({
      outcome: 'saved',
      message: 'Saved.',
    });
    expect(answer(FORM, `${FORM}<div><span>Could not connect to UKG Pro.</span></div>`)).toMatchObject({ outcome: 'error' });
  });
  it('but not the form’s own labels, nor text that was already on screen', () => {
    expect(answer(`${FORM}<p>All changes are saved automatically.</p>`, `${FORM}<p>All changes are saved automatically.</p>`)).toBeNull();
    expect(answer(FORM, FORM.replace('Customer API Key', 'Customer API Key (saved)'))).toBeNull();
  });
});

describe('more answer markups', () => {
  it('a Bootstrap-style alert, a status that turns to Connected, and one that says Not connected', () => {
    expect(answer(FORM, `${FORM}<div class="alert alert-success"><strong>Success!</strong> Integration saved.</div>`)).toMatchObject({
      outcome: 'saved',
    });
    expect(answer(`${FORM}<p class="state">Status: Not connected</p>`, `${FORM}<p class="state">Status: Connected</p>`)).toMatchObject({
      outcome: 'saved',
    });
    expect(answer(`${FORM}<p class="state">Status: pending</p>`, `${FORM}<p class="state">Status: Not connected</p>`)).toMatchObject({
      outcome: 'error',
    });
    expect(answer(FORM, `${FORM}<div class="form-error-message">The key was rejected.</div>`)).toMatchObject({
      outcome: 'error',
      message: 'The key was rejected.',
    });
  });
});

it('a field error that only says "Required" is an error', () => {
  expect(answer(`${FORM}<span class="field-error"></span>`, `${FORM}<span class="field-error">Required</span>`)).toMatchObject({
    outcome: 'error',
    message: 'Required',
  });
});
