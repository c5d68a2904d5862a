import type { CapturedView } from '@/utils/protocol/messages';

interface Props {
  captured: CapturedView[];
  expiresAt: number | null;
  now: number;
}

function minutesLeft(expiresAt: number, now: number): string {
  const min = Math.max(0, Math.round((expiresAt - now) / 60_000));
  return min < 1 ? 'less than a minute' : min === 1 ? 'about a minute' : `${min} more minutes`;
}

/** What has been captured: masked secrets, each with its check result announced. */
export function CapturedValues({ captured, expiresAt, now }: Props) {
  return (
    <section class="card" aria-labelledby="captured-heading">
      <h2 id="captured-heading">Captured values</h2>
      {captured.length === 0 ? (
        <p class="empty">Nothing captured yet.</p>
      ) : (
        <>
          <dl class="captured">
            {captured.map((c) => (
              <div key={c.name} class={`value ${c.level}`}>
                <dt>{c.label}</dt>
                <dd>
                  <span class="shown" aria-label={`${c.label}, hidden`}>
                    {c.shown}
                  </span>
                  <span class="check" role={c.level === 'ok' ? 'status' : 'alert'}>
                    {c.message}
                  </span>
                </dd>
              </div>
            ))}
          </dl>
          {expiresAt !== null && <p class="expiry">Kept in memory for {minutesLeft(expiresAt, now)}, then forgotten.</p>}
        </>
      )}
    </section>
  );
}
