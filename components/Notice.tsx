import { useEffect, useRef } from 'preact/hooks';

/** What an action said: a status, or an alert when it failed; `from`, the action that said it. */
export type NoticeText = { kind: 'status' | 'alert'; text: string; from?: string } | null;

/**
 * A live region for actions' outcomes (always present, so it is announced). A view may keep one
 * beside each group of buttons (`shows`: which actions' outcomes it shows, by their busy key): the
 * result appears beside the button that produced it, scrolled into view.
 */
export function Notice({ notice, shows }: { notice: NoticeText; shows?: (from: string) => boolean }) {
  const mine = notice && (!shows || (notice.from !== undefined && shows(notice.from))) ? notice : null;
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (mine) box.current?.scrollIntoView?.({ block: 'nearest' });
  }, [mine?.text, mine?.from]);
  return (
    <div ref={box} class="notice" role={mine?.kind === 'alert' ? 'alert' : 'status'}>
      {mine?.text}
    </div>
  );
}
