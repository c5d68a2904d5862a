import { describe, expect, it } from 'vitest';
import type { FieldCheck } from '../contracts/page';
import { htmlDocument } from '@/test/support/factories';
import { outlineTargets } from './unmet';

const doc = htmlDocument(
  '<form><input id="user"><input id="email"><table id="rights"><tr><td><input type="checkbox" id="a"><input type="checkbox" id="b"></td></tr></table><button id="save">Save</button></form>',
);
const $ = (id: string) => doc.getElementById(id)!;
const check = (id: string, level: 'ok' | 'error' | 'warn' | 'neutral'): FieldCheck => ({
  field: id,
  element: $(id),
  result: { level, message: id },
});

describe('the outline moves on once its field is right', () => {
  it('stays on its target until that target is right', () => {
    expect(outlineTargets([$('user')], [check('user', 'error'), check('email', 'neutral')], $('save'))).toEqual([$('user')]);
    expect(outlineTargets([$('user')], [check('user', 'neutral')], $('save'))).toEqual([$('user')]);
  });

  it('goes to the next field not right yet, in the form’s order', () => {
    expect(outlineTargets([$('user')], [check('user', 'ok'), check('email', 'ok'), check('rights', 'warn')], $('save'))).toEqual([
      $('rights'),
    ]);
  });

  it('a target of several boxes is right when every check about them is', () => {
    const boxes = [$('a'), $('b')];
    expect(outlineTargets(boxes, [check('user', 'ok'), check('rights', 'ok'), check('rights', 'error')], $('save'))).toEqual(boxes);
    expect(outlineTargets(boxes, [check('user', 'error'), check('rights', 'ok')], $('save'))).toEqual([$('user')]);
  });

  it('to the form’s Save once everything is right; a target no check is about keeps the outline', () => {
    expect(outlineTargets([$('user')], [check('user', 'ok'), check('email', 'ok')], $('save'))).toEqual([$('save')]);
    expect(outlineTargets([$('user')], [check('user', 'ok')], null)).toEqual([$('user')]);
    expect(outlineTargets([$('save')], [check('user', 'error')], $('save'))).toEqual([$('save')]);
    expect(outlineTargets([], [check('user', 'error')], $('save'))).toEqual([]);
  });
});
