// Shared class lists so every call to action looks the same; big enough to tap on a phone (44 px).
const base =
  'inline-flex min-h-11 items-center justify-center rounded-lg px-5 py-2.5 text-base font-semibold transition-colors focus-visible:outline-2';

export const primaryButton = `${base} bg-brand-700 text-white hover:bg-brand-800`;
export const secondaryButton = `${base} border border-slate-300 bg-white text-slate-900 hover:border-brand-600 hover:text-brand-800`;
