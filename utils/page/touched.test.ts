import { describe, expect, it } from 'vitest';
import { error, ok } from '@/utils/contracts/check';
import { createTouched } from '@/utils/page/touched';
import { htmlDocument } from '@/test/support/factories';

describe('checks stay neutral until the admin touches the field', () => {
  function form() {
    const doc = htmlDocument(
      '<form><input id="user"><input id="mail"><fieldset id="rights"><input type="checkbox" id="r1"></fieldset></form>',
    );
    const $ = (id: string) => doc.getElementById(id)!;
    const checks = [
      { field: 'username' as const, element: $('user'), result: error('User name is required') },
      { field: 'email' as const, element: $('mail'), result: ok('E-mail looks right') },
      { field: 'scopes' as const, element: $('rights'), result: error('Tick three rights') },
      { field: 'address' as const, element: null, result: error('Site-wide fault') },
    ];
    return { doc, $, checks };
  }
  const levels = (checks: { result: { level: string } }[]) => checks.map((c) => c.result.level);

  it('an untouched form shows no faults, only what passes and what is about the site', () => {
    const { checks } = form();
    expect(levels(createTouched().neutralUntilTouched(checks))).toEqual(['neutral', 'ok', 'neutral', 'error']);
  });

  it('a field left or changed shows its fault; a box inside a group touches the group', () => {
    const { $, checks } = form();
    const touched = createTouched();
    touched.touch($('user'));
    touched.touch($('r1'));
    expect(levels(touched.neutralUntilTouched(checks))).toEqual(['error', 'ok', 'error', 'error']);
  });

  it('a Save attempt touches every field of its document', () => {
    const { doc, checks } = form();
    const touched = createTouched();
    touched.saveTried(doc);
    expect(levels(touched.neutralUntilTouched(checks))).toEqual(['error', 'ok', 'error', 'error']);
    touched.touch(null);
  });
});

describe('findings about the page itself are not neutral', () => {
  it('a check pointing at a button or a plain text stands as it is', () => {
    const doc = htmlDocument('<button id="gen">Generate Secret</button><p id="t">Client ID: x</p><input id="ro" readonly>');
    const checks = ['gen', 't', 'ro'].map((id) => ({
      field: 'api-credentials' as const,
      element: doc.getElementById(id),
      result: error('x'),
    }));
    expect(
      createTouched()
        .neutralUntilTouched(checks)
        .map((c) => c.result.level),
    ).toEqual(['error', 'error', 'error']);
  });
});
