import { primaryButton } from '@/components/ui/button-styles';

/** Full width, so the label switching to "Sending…" never moves anything around it. */
export function SubmitButton({
  sending,
  label,
  sendingLabel,
  autoFocus,
  describedBy,
}: {
  sending: boolean;
  label: string;
  sendingLabel: string;
  /** For a step whose only action is this button: the keyboard lands on it, a screen reader reads `describedBy` with it. */
  autoFocus?: boolean;
  describedBy?: string;
}) {
  return (
    <button
      type="submit"
      disabled={sending}
      autoFocus={autoFocus}
      aria-describedby={describedBy}
      className={`${primaryButton} w-full disabled:cursor-wait disabled:opacity-70`}
    >
      {sending ? sendingLabel : label}
    </button>
  );
}
