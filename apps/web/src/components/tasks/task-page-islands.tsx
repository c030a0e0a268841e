'use client';

import dynamic from 'next/dynamic';

// What only a signed-in person sees on a task (or provider) page — the owner's actions and choice, a provider's
// response form, the report dialog — and the message provider they translate with, as one lazily loaded chunk:
// a guest's task page, the page search engines and shared links open, loads none of it (issue 18). Server
// components render these as usual; the browser fetches the chunk only when one of them is on the page. Each
// `import()` sits inside its `dynamic()` call so that Next preloads the chunk with the page's own (it reads the
// module from that call), instead of discovering it during hydration.
export const IntlProvider = dynamic(() => import('./task-page-island-modules').then((module) => module.NextIntlClientProvider));
export const ReportDialog = dynamic(() => import('./task-page-island-modules').then((module) => module.ReportDialog));
export const ChosenProviderPanel = dynamic(() => import('./task-page-island-modules').then((module) => module.ChosenProviderPanel));
export const OwnResponseCard = dynamic(() => import('./task-page-island-modules').then((module) => module.OwnResponseCard));
export const OwnerResponseCard = dynamic(() => import('./task-page-island-modules').then((module) => module.OwnerResponseCard));
export const OwnerSelectionPanel = dynamic(() => import('./task-page-island-modules').then((module) => module.OwnerSelectionPanel));
export const ResponseForm = dynamic(() => import('./task-page-island-modules').then((module) => module.ResponseForm));
export const TaskOwnerActions = dynamic(() => import('./task-page-island-modules').then((module) => module.TaskOwnerActions));
