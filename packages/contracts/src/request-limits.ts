import { imageUploadRules } from './values/profiles';
import { problemContentType, problemDocument, problemTitles, type TProblemCode } from './problems';

/**
 * The size ceilings of a request, in bytes: the API enforces them, and the web origin refuses what the API
 * would refuse anyway before proxying a byte of it (docs/decisions/012-request-limits-at-the-origin.md).
 * One place, so the two can never disagree.
 */
export const requestLimits = {
  /** Any body that is not multipart (JSON above all); some routes take less (webhooks, one-click forms). */
  bodyBytes: 1024 * 1024,
  /**
   * A multipart upload: one image of at most `imageUploadRules.maxBytes` plus room for the boundaries, the
   * part headers and the few short text fields beside it. The API judges the file itself exactly.
   */
  uploadBodyBytes: imageUploadRules.maxBytes + 64 * 1024,
  /** Path and query together. The longest URL the product builds (a feed filter) stays well under 2 KB. */
  urlBytes: 8 * 1024,
  /**
   * How much of a refused body a server still reads and throws away, so that a client which sends its
   * whole body before reading the answer (most do) gets to read the 413. Past this the connection is closed.
   */
  drainBytes: 32 * 1024 * 1024,
} as const;

/** The body ceiling for a request of this Content-Type: the API parses multipart and everything else apart. */
export function bodyLimitFor(contentType: string | null | undefined): number {
  return /^\s*multipart\/form-data\b/i.test(contentType ?? '') ? requestLimits.uploadBodyBytes : requestLimits.bodyBytes;
}

/** What Node's HTTP parser reports when it refuses a request (`clientError`), as far as a server reads it. */
export interface ParserError {
  code?: string;
  /** What had arrived when the parser gave up (a Buffer). */
  rawPacket?: unknown;
}

/**
 * The problem for a request Node's parser refused before any handler saw it. When the first line alone
 * is over the URL limit, the overflow is the URL (414), not the headers (431).
 */
export function parserErrorProblem(error: ParserError): TProblemCode {
  if (error.code === 'HPE_HEADER_OVERFLOW') {
    const raw = error.rawPacket instanceof Uint8Array ? error.rawPacket.subarray(0, requestLimits.urlBytes + 2) : null;
    return raw && raw.length > requestLimits.urlBytes && !new TextDecoder('latin1').decode(raw).includes('\r\n')
      ? 'uri_too_long'
      : 'headers_too_large';
  }
  return error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 'request_timeout' : 'bad_request';
}

/** The socket of a `clientError`, as far as answering it goes (no Node types here: the web bundles this package). */
export interface ClientErrorSocket {
  readonly writable: boolean;
  end(data: string): unknown;
  destroy(): unknown;
  removeAllListeners(event: 'data'): unknown;
  resume(): unknown;
  setTimeout(ms: number, onTimeout: () => void): unknown;
}

/** How long a refused connection may stay half-open for the client to read its answer. */
const answerGraceMs = 5000;

/**
 * A `clientError` listener for both servers: the refusal as problem+json instead of Node's empty answer
 * (or Fastify's plain JSON). The socket is ended, not destroyed, and what the client still sends is read
 * and dropped for a moment: destroying it with unread bytes would reset the connection and lose the answer.
 */
export function answerClientError(error: ParserError, socket: ClientErrorSocket): void {
  if (error.code === 'ECONNRESET' || !socket.writable) {
    socket.destroy();
    return;
  }
  const code = parserErrorProblem(error);
  const problem = problemDocument(code);
  const body = JSON.stringify(problem);
  // The titles are ASCII, and nothing the client sent is echoed, so characters are bytes here.
  socket.end(
    `HTTP/1.1 ${problem.status} ${problemTitles[code]}\r\nContent-Type: ${problemContentType}\r\n` +
      `Content-Length: ${body.length}\r\nConnection: close\r\n\r\n${body}`,
  );
  // The server's parser is done with this socket: what still arrives is dropped, not parsed into another error.
  socket.removeAllListeners('data');
  socket.resume();
  socket.setTimeout(answerGraceMs, () => socket.destroy());
}
