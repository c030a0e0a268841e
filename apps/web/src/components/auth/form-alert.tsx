/** The message that belongs to no single field (wrong password, no connection…); read out as soon as it appears. */
export function FormAlert({ message }: { message: string | null }) {
  if (!message) return null;
  return (
    <p role="alert" className="rounded-lg border border-red-200 bg-red-50 px-4 py-3 text-sm font-medium text-red-800">
      {message}
    </p>
  );
}

/** A calm confirmation ("a new code is on its way"). */
export function FormStatus({ message }: { message: string | null }) {
  return (
    <p role="status" className={message ? 'rounded-lg bg-brand-50 px-4 py-3 text-sm text-brand-900' : 'sr-only'}>
      {message}
    </p>
  );
}
