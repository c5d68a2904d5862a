import { redact, redactPath } from './redact';

const MAX_LINES = 300;
const MAX_PIECES = 12;
const MAX_TEXT = 2_000;

/**
 * The outline the admin sees and sends, from the lines a content script collected
 * (utils/dom/outline.ts): the page's text and paths redacted here, in the background. The lines
 * come from a page's content script, so their shape is checked; anything else is dropped.
 */
export function formatOutline(lines: unknown): string | null {
  if (!Array.isArray(lines)) return null;
  const out: string[] = [];
  for (const line of lines.slice(0, MAX_LINES)) {
    if (!Array.isArray(line) || line.length > MAX_PIECES) continue;
    const text = line
      .map((piece: unknown) => {
        if (typeof piece === 'string') return piece.slice(0, 120);
        const p = piece as { text?: unknown; path?: unknown } | null;
        if (typeof p?.text === 'string') return redact(p.text.slice(0, MAX_TEXT));
        if (typeof p?.path === 'string') return redactPath(p.path.slice(0, MAX_TEXT));
        return '';
      })
      .join('');
    out.push(text.slice(0, 240));
  }
  return out.join('\n');
}
