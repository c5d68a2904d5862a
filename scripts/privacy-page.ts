import { readFileSync } from 'node:fs';
import { marked } from 'marked';

/**
 * The privacy policy as the extension ships it (privacy.html, linked from the welcome and options
 * pages): PRIVACY.md rendered at build time, UTF-8 declared, readable without any script.
 */
export function privacyPage(markdownPath: string): string {
  const markdown = readFileSync(markdownPath, 'utf8');
  const title = /^# (.+)$/m.exec(markdown)?.[1] ?? 'Privacy policy';
  const body = marked.parse(markdown, { async: false, gfm: true });
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title.replace(/[<&]/g, (c) => (c === '<' ? '&lt;' : '&amp;'))}</title>
<style>
  body { font: 15px/1.55 system-ui, sans-serif; color: #1b2430; max-width: 820px; margin: 2rem auto; padding: 0 1rem; }
  table { border-collapse: collapse; width: 100%; }
  th, td { border: 1px solid #c8ced6; padding: 6px 8px; vertical-align: top; text-align: left; }
  code { font-family: ui-monospace, monospace; font-size: .9em; }
</style>
</head>
<body>
<main>
${body}</main>
</body>
</html>
`;
}
