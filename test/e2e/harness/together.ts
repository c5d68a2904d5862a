import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TOGETHER_FIXTURES, type FixtureServer } from './server';

export interface SpaConfig {
  /** Time before the app renders anything. */
  bootMs?: number;
  picker?: 'buttons' | 'cards' | 'radios' | 'select';
  /** Re-render the form from the app's own model after every input. */
  rerender?: boolean;
  /** No session: the app goes to /login?organizationId=42 until the sign-in form is sent. */
  signedOut?: boolean;
  /**
   * Look-alike fields before the real ones, hidden through a parent: true for round 2's ways (in
   * turn), one way by name for every decoy, 'round3' for every way in turn, 'visible' for a second
   * field nobody hid (fixtures/together/spa.html).
   */
  decoys?: boolean | 'filter' | 'far-right' | 'covered' | 'round3' | 'visible';
  /** Together's answer to its Save: a success banner (default), an error then success on the next Save, or none. */
  saveAnswer?: 'saved' | 'error-then-saved' | 'none';
}

const LOGIN = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Sign in · Together</title></head><body><main>
<h1>Sign in to Together</h1>
<form action="/login/submit" method="get"><label for="email">Email</label><input id="email" name="email" type="email" autocomplete="username">
<label for="pw">Password</label><input id="pw" name="pw" type="password" autocomplete="current-password"><button type="submit">Log in</button></form>
</main></body></html>`;
const HOME = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Together</title></head><body><main><h1>Home</h1><p>Welcome back.</p></main></body></html>`;

/**
 * Serves Together as a configured single-page app (fixtures/together/spa.html) at /settings, with
 * its sign-in page at /login (sending it sets the session cookie and lands on the home page, as a
 * real sign-in does) and a home page at /.
 */
export function togetherSpaServe(server: FixtureServer, config: SpaConfig) {
  const html = readFileSync(join(TOGETHER_FIXTURES, 'spa.html'), 'utf8').replace(
    '<head>',
    `<head><script>window.SPA_CONFIG = ${JSON.stringify(config)};</script>`,
  );
  return server.use((req, res, url) => {
    if (url.hostname !== 'my.togetherplatform.com') return false;
    const send = (body: string, headers: Record<string, string> = {}) =>
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', ...headers }).end(body);
    if (url.pathname === '/settings') return (void send(html), true);
    if (url.pathname === '/login') return (void send(LOGIN), true);
    if (url.pathname === '/login/submit') {
      res.writeHead(302, { location: '/', 'set-cookie': 'together_session=1; Path=/; Secure; SameSite=Lax' }).end();
      return true;
    }
    if (url.pathname === '/') return (void send(HOME), true);
    void req;
    return false;
  });
}
