import { primaryButton } from '@/components/ui/button-styles';

/** Full width, so the label switching to "Sending…" never moves anything around it. */
export function SubmitButton({ sending, label, sendingLabel }: { sending: boolean; label: string; sendingLabel: string }) {
  return (
    <button type="submit" disabled={sending} className={`${primaryButton} w-full disabled:cursor-wait disabled:opacity-70`}>
      {sending ? sendingLabel : label}
    </button>
  );
}
