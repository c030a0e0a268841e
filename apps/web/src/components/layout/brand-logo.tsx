/**
 * The mark (a tick on a teal tile: a task done) and the wordmark; the name itself comes from the catalogs.
 * `wordmarkClassName` lets the header drop the wordmark on narrow phones, where the account links need the room.
 */
export function BrandLogo({ name, wordmarkClassName = '' }: { name: string; wordmarkClassName?: string }) {
  return (
    <span className="inline-flex items-center gap-2">
      <svg viewBox="0 0 32 32" aria-hidden="true" className="size-8 shrink-0">
        <rect width="32" height="32" rx="8" className="fill-brand-700" />
        <path d="m9.5 16.5 4.5 4.5 8.5-9.5" fill="none" stroke="white" strokeWidth="3" strokeLinecap="round" strokeLinejoin="round" />
      </svg>
      <span className={`text-xl font-bold tracking-tight text-slate-900 ${wordmarkClassName}`}>{name}</span>
    </span>
  );
}
