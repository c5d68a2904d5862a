/** What an action said: a status, or an alert when it failed. */
export type NoticeText = { kind: 'status' | 'alert'; text: string } | null;

/** The live region every view keeps for its actions' outcomes (always present, so it is announced). */
export function Notice({ notice }: { notice: NoticeText }) {
  return (
    <div class="notice" role={notice?.kind === 'alert' ? 'alert' : 'status'}>
      {notice?.text}
    </div>
  );
}
