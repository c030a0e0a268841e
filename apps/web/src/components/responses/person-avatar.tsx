/** A round photo, or the name's first letter when there is none. */
export function PersonAvatar({ name, url, size = 'md' }: { name: string; url: string | null; size?: 'sm' | 'md' }) {
  const box = size === 'sm' ? 'size-9 text-sm' : 'size-12 text-lg';
  if (url) {
    return <img src={url} alt="" width={48} height={48} loading="lazy" className={`${box} shrink-0 rounded-full object-cover`} />;
  }
  return (
    <span
      aria-hidden="true"
      className={`${box} flex shrink-0 items-center justify-center rounded-full bg-brand-100 font-bold text-brand-800`}
    >
      {name.trim().charAt(0).toUpperCase()}
    </span>
  );
}
