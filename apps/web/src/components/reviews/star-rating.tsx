/** Five stars, `value` of them filled (rounded to a half); the number itself is for screen readers via `label`. */
export function StarRating({ value, label, size = 'md' }: { value: number; label: string; size?: 'sm' | 'md' | 'lg' }) {
  const sizes = { sm: 'text-sm', md: 'text-base', lg: 'text-2xl' } as const;
  const rounded = Math.round(value * 2) / 2;
  return (
    <span role="img" aria-label={label} className={`inline-flex gap-0.5 leading-none ${sizes[size]}`}>
      {[1, 2, 3, 4, 5].map((star) => (
        <span
          key={star}
          aria-hidden="true"
          className={star <= rounded ? 'text-amber-500' : star - 0.5 === rounded ? 'text-amber-300' : 'text-slate-300'}
        >
          ★
        </span>
      ))}
    </span>
  );
}
