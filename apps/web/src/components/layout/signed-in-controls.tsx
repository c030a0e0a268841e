'use client';

import dynamic from 'next/dynamic';

// The header's signed-in controls in a chunk of their own: a guest's first load must not carry the bell (its
// socket and API client) or the sign-out button (issue 18). Rendered on the server as usual; the browser
// fetches the chunk only on pages whose header shows them. Both come from one module, so one chunk; each
// `import()` sits inside its `dynamic()` call so that Next preloads the chunk with the page's own.
export const NotificationBell = dynamic(() => import('./header-islands').then((module) => module.NotificationBell));
export const LogoutButton = dynamic(() => import('./header-islands').then((module) => module.LogoutButton));
