'use client';

import dynamic from 'next/dynamic';

// The header's signed-in controls in a chunk of their own: a guest's first load must not carry the bell (its
// socket and API client) or the sign-out button (issue 18). Rendered on the server as usual; the browser
// fetches the chunk only on pages whose header shows them. Both come from one module, so one chunk.
const islands = () => import('./header-islands');
export const NotificationBell = dynamic(() => islands().then((module) => module.NotificationBell));
export const LogoutButton = dynamic(() => islands().then((module) => module.LogoutButton));
