import http from 'node:http';
import { apiOrigin } from '@/lib/api-origin';
import { forwardToApi } from '@/lib/origin/forward-to-api';

// Every HTTP request to /api/* goes to the API through the origin's own proxy, which refuses over-limit
// bodies itself and answers problem+json when the API cannot (docs/decisions/012-request-limits-at-the-origin.md).
// The chat WebSocket keeps Next's rewrite (next.config.ts): route handlers cannot take an upgrade.

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

// Kept-alive connections to the API, so a request does not pay a TCP handshake. An idle one is closed after 4 s,
// long before the API closes it (72 s): reusing a socket the server is closing resets the request on it, and
// Node 20's agent ignores the server's Keep-Alive hint unless it has a timeout of its own.
const agent = new http.Agent({ keepAlive: true, timeout: 4000 });
/** As long as Next's rewrite proxy waited; an upload still sending is not idle, so this does not cut slow phones. */
const idleTimeoutMs = 30_000;

const forward = (request: Request) => forwardToApi(request, { apiOrigin, idleTimeoutMs, agent });

export { forward as DELETE, forward as GET, forward as HEAD, forward as OPTIONS, forward as PATCH, forward as POST, forward as PUT };
