import type { ReactNode } from 'react';

// Stroke drawings on a 24×24 grid, keyed by the API's category icon names. Inline SVG: no requests, no icon font.
const shapes: Record<string, ReactNode> = {
  repair: <path d="M14.7 6.3a4 4 0 0 0-5.4 5.4L3.5 17.5l3 3 5.8-5.8a4 4 0 0 0 5.4-5.4l-2.6 2.6-2.5-.5-.5-2.5z" />,
  plumbing: (
    <>
      <path d="M12 3.5s5.5 6 5.5 10a5.5 5.5 0 0 1-11 0c0-4 5.5-10 5.5-10z" />
      <path d="M12.8 10.5 10.8 14h2.6l-2 3.5" />
    </>
  ),
  cleaning: (
    <>
      <path d="M10 3.5l1.6 4.4L16 9.5l-4.4 1.6L10 15.5l-1.6-4.4L4 9.5l4.4-1.6z" />
      <path d="M17.5 14l.8 2.2 2.2.8-2.2.8-.8 2.2-.8-2.2-2.2-.8 2.2-.8z" />
    </>
  ),
  moving: (
    <>
      <path d="M2.5 6.5h11v10h-11zM13.5 10h4l3 3.5v3h-7" />
      <circle cx="6.5" cy="18" r="1.8" />
      <circle cx="16.5" cy="18" r="1.8" />
    </>
  ),
  courier: <path d="M3.5 7.5 12 3.5l8.5 4v9l-8.5 4-8.5-4zM3.5 7.5 12 11.5l8.5-4M12 11.5v9M7.8 5.5l8.5 4" />,
  appliance: (
    <>
      <rect x="5" y="3" width="14" height="18" rx="2" />
      <circle cx="12" cy="13.5" r="4" />
      <path d="M8 6.5h.01M11 6.5h2" />
    </>
  ),
  computer: (
    <>
      <rect x="4" y="5" width="16" height="10.5" rx="1.5" />
      <path d="M2 19h20" />
    </>
  ),
  beauty: (
    <>
      <circle cx="6.5" cy="6.5" r="2.5" />
      <circle cx="6.5" cy="17.5" r="2.5" />
      <path d="M8.6 7.9 20 16.5M8.6 16.1 20 7.5" />
    </>
  ),
  tutor: <path d="M3 5.5h6a3 3 0 0 1 3 3V20a2 2 0 0 0-2-2H3zM21 5.5h-6a3 3 0 0 0-3 3V20a2 2 0 0 1 2-2h7z" />,
  event: (
    <>
      <rect x="3" y="7" width="18" height="13" rx="2" />
      <path d="M8 7l1.5-3h5L16 7" />
      <circle cx="12" cy="13.5" r="3.5" />
    </>
  ),
  design: <path d="M4 20l1.2-4.5L16 4.7l3.3 3.3L8.5 18.8zM13.8 6.9l3.3 3.3" />,
  auto: (
    <>
      <path d="M3.5 16.5v-3.5l2.2-5.5h12.6l2.2 5.5v3.5zM3.5 13h17" />
      <circle cx="7.5" cy="17.5" r="1.8" />
      <circle cx="16.5" cy="17.5" r="1.8" />
    </>
  ),
  garden: <path d="M12 21v-8M12 13c0-4.2 3-7 8-7 0 5-3 7-8 7zM12 15.5c0-3.2-2.2-5.5-6.5-5.5 0 3.7 2.2 5.5 6.5 5.5z" />,
  business: (
    <>
      <rect x="3" y="7" width="18" height="13" rx="2" />
      <path d="M9 7V5a1 1 0 0 1 1-1h4a1 1 0 0 1 1 1v2M3 13h18" />
    </>
  ),
};

// Unknown or missing keys (a category added before its drawing) get a neutral grid.
const fallback = <path d="M4 4h6.5v6.5H4zM13.5 4H20v6.5h-6.5zM4 13.5h6.5V20H4zM13.5 13.5H20V20h-6.5z" />;

export function CategoryIcon({ name, className = 'size-6' }: { name: string | null; className?: string }) {
  return (
    <svg
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={1.75}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
      className={className}
    >
      {(name && shapes[name]) || fallback}
    </svg>
  );
}
