import { browser } from 'wxt/browser';

export const CLIPBOARD_ALARM = 'clipboard-clear';
/** A key the admin copied stays on the clipboard this long, then the clipboard is emptied. */
export const CLIPBOARD_CLEAR_MS = 60_000;
/** What the background asks the offscreen document (Chrome) to do. */
export const CLEAR_CLIPBOARD = 'offscreen/clear-clipboard';

/**
 * Empties the clipboard from an extension document (Firefox's background page, Chrome's offscreen
 * document). `clipboardWrite` lets a `copy` command run without a click; the copy handler puts an
 * empty string where the key was.
 */
export function emptyClipboard(doc: Document): boolean {
  const onCopy = (e: ClipboardEvent) => {
    e.clipboardData?.setData('text/plain', '');
    e.preventDefault();
  };
  doc.addEventListener('copy', onCopy);
  try {
    return doc.execCommand('copy');
  } finally {
    doc.removeEventListener('copy', onCopy);
  }
}

interface Offscreen {
  createDocument(o: { url: string; reasons: string[]; justification: string }): Promise<void>;
  closeDocument(): Promise<void>;
}

/** Chrome's service worker has no document: an offscreen one, opened for the moment it takes. */
async function emptyClipboardOffscreen(offscreen: Offscreen) {
  await offscreen
    .createDocument({
      url: '/offscreen.html',
      reasons: ['CLIPBOARD'],
      justification: 'Empty the clipboard 60 seconds after the admin copied a key.',
    })
    .catch(() => undefined); // already open
  try {
    await browser.runtime.sendMessage({ type: CLEAR_CLIPBOARD });
  } finally {
    await offscreen.closeDocument().catch(() => undefined);
  }
}

export async function clearClipboardNow(): Promise<void> {
  const offscreen = (globalThis as { chrome?: { offscreen?: Offscreen } }).chrome?.offscreen;
  if (typeof document !== 'undefined') emptyClipboard(document);
  else if (offscreen) await emptyClipboardOffscreen(offscreen);
}

/** Copying a key (re)starts the countdown; clearing the captured keys empties the clipboard at once. */
export function createClipboardGuard(clear = clearClipboardNow) {
  return {
    copied: () => browser.alarms.create(CLIPBOARD_ALARM, { when: Date.now() + CLIPBOARD_CLEAR_MS }),
    async clearIfPending() {
      if (await browser.alarms.get(CLIPBOARD_ALARM)) {
        await browser.alarms.clear(CLIPBOARD_ALARM);
        await clear();
      }
    },
    onAlarm: (name: string) => (name === CLIPBOARD_ALARM ? clear() : undefined),
  };
}

export type ClipboardGuard = ReturnType<typeof createClipboardGuard>;
