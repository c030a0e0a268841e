import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { problemContentType, problemDocument, type TProblemCode } from '@dastiyor/contracts';
import { onEachHttpServer } from '../http-servers';

// Server only. Some requests Next cannot represent at all and answers with a text/plain 500 (or an empty
// 400) on any path, pages included: a method undici's Request refuses (TRACE, CONNECT, TRACK), one that no
// route handler can export (WebDAV's PROPFIND…), a path whose percent-escapes do not decode. They are
// answered here as problem+json before Next's own request listener sees them.

/** What Next's route handlers and pages serve; the API's routes use no other. */
const servedMethods = ['GET', 'HEAD', 'OPTIONS', 'POST', 'PUT', 'PATCH', 'DELETE'];

const pathOf = (url: string | undefined) => (url ?? '/').split('?')[0] ?? '/';

/** Why Next cannot serve this request, or null when it can. */
export function unservable(method: string | undefined, url: string | undefined): { code: TProblemCode; detail: string } | null {
  if (!method || !servedMethods.includes(method)) return { code: 'method_not_allowed', detail: `${method ?? 'This method'} is not served` };
  try {
    decodeURIComponent(pathOf(url));
  } catch {
    return { code: 'bad_request', detail: 'The URL path holds a malformed percent-escape' };
  }
  return null;
}

type RequestListener = (request: IncomingMessage, response: ServerResponse) => void;

/** Puts the refusal in front of `server`'s request listeners (Next's), which see every other request as before. */
export function refuseUnservable(server: Server): void {
  const listeners = server.listeners('request') as RequestListener[];
  server.removeAllListeners('request');
  server.on('request', (request: IncomingMessage, response: ServerResponse) => {
    const refusal = unservable(request.method, request.url);
    if (!refusal) {
      for (const listener of listeners) listener.call(server, request, response);
      return;
    }
    const problem = problemDocument(refusal.code, { detail: refusal.detail, instance: pathOf(request.url) });
    const body = JSON.stringify(problem);
    response.writeHead(problem.status, {
      'content-type': problemContentType,
      'content-length': Buffer.byteLength(body),
      'cache-control': 'no-store',
      ...(refusal.code === 'method_not_allowed' ? { allow: servedMethods.join(', ') } : {}),
    });
    response.end(request.method === 'HEAD' ? undefined : body);
  });
}

/** Installs `refuseUnservable` on each HTTP server of the process (Next's), on its first connection. */
export function installUnservableAnswers(): void {
  onEachHttpServer(refuseUnservable);
}
