interface Props {
  /** The question's id (the group is labelled by it). */
  id: string;
  question: string;
  /** The button that goes ahead ("Send", "Skip anyway"); Cancel keeps everything as it was. */
  confirm: string;
  cancel: string;
  busy: boolean;
  onConfirm(): void;
  onCancel(): void;
}

/** A question asked in the panel before an action that cannot be taken back: the action, or Cancel (focused). */
export function Confirm({ id, question, confirm, cancel, busy, onConfirm, onCancel }: Props) {
  return (
    <div class="confirm" role="group" aria-labelledby={id}>
      <p id={id}>{question}</p>
      <div class="actions">
        <button type="button" class="primary" disabled={busy} onClick={onConfirm}>
          {confirm}
        </button>
        <button type="button" onClick={onCancel} autoFocus>
          {cancel}
        </button>
      </div>
    </div>
  );
}
