import http from 'node:http';
import net from 'node:net';

// Requests of shapes fetch() will not send (a body declared larger than it is, chunked uploads, URLs and
// headers past Node's ceiling), and every way they can end: an answer, or the connection failing under it.
// Shared by the API's tests and the journeys through the public origin (e2e/request-limits.e2e.ts).

export interface RawAnswer {
  /** Null when no answer came (the connection failed first). */
  status: number | null;
  contentType: string | null;
  connection: string | null;
  body: string;
  /** EPIPE, ECONNRESET…: what the client saw instead of an answer, or while still sending. */
  error: string | null;
  ms: number;
  /** The request went out on a socket an earlier answer left open (the server kept the connection). */
  reusedSocket: boolean;
}

export interface RawRequest {
  method?: string;
  path: string;
  headers?: Record<string, string>;
  body?: Buffer;
  /** Sent without Content-Length, in pieces of 64 KB. */
  chunked?: boolean;
  agent?: http.Agent;
}

/** One HTTP/1.1 request to `base` (http://host:port); never rejects. */
export function sendRaw(base: string, request: RawRequest): Promise<RawAnswer> {
  const url = new URL(base);
  const started = Date.now();
  return new Promise((resolve) => {
    let error: string | null = null;
    const req = http.request(
      {
        host: url.hostname,
        port: url.port,
        method: request.method ?? 'POST',
        path: request.path,
        headers: { ...(request.body && !request.chunked ? { 'content-length': String(request.body.length) } : {}), ...request.headers },
        agent: request.agent ?? false,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        const done = () =>
          resolve({
            status: res.statusCode ?? null,
            contentType: res.headers['content-type'] ?? null,
            connection: res.headers.connection ?? null,
            body: Buffer.concat(chunks).toString('utf8'),
            error,
            ms: Date.now() - started,
            reusedSocket: req.reusedSocket,
          });
        res.on('end', done);
        res.on('error', (e: NodeJS.ErrnoException) => {
          error = e.code ?? e.message;
          done();
        });
      },
    );
    req.on('error', (e: NodeJS.ErrnoException) => {
      error = e.code ?? e.message;
      // An answer may already be on its way; if none comes, this is the result.
      setImmediate(() =>
        resolve({
          status: null,
          contentType: null,
          connection: null,
          body: '',
          error,
          ms: Date.now() - started,
          reusedSocket: req.reusedSocket,
        }),
      );
    });
    const body = request.body;
    if (!body) req.end();
    else if (!request.chunked) req.end(body);
    else {
      for (let at = 0; at < body.length; at += 64 * 1024) req.write(body.subarray(at, at + 64 * 1024));
      req.end();
    }
  });
}

/** Raw bytes on a fresh connection, and everything that came back before the server closed it. */
export function sendBytes(base: string, bytes: string): Promise<{ status: number | null; contentType: string | null; body: string }> {
  const url = new URL(base);
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    const socket = net.connect(Number(url.port), url.hostname, () => socket.write(bytes));
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    const done = () => {
      const text = Buffer.concat(chunks).toString('utf8');
      const [head = '', ...rest] = text.split('\r\n\r\n');
      const status = /^HTTP\/1\.1 (\d{3})/.exec(head)?.[1];
      resolve({
        status: status ? Number(status) : null,
        contentType: /^content-type: *(.+)$/im.exec(head)?.[1]?.trim() ?? null,
        body: rest.join('\r\n\r\n'),
      });
    };
    socket.on('close', done);
    socket.on('error', () => socket.destroy());
  });
}

/** A multipart/form-data body with one file part named `file` of `size` bytes. */
export function multipartOf(size: number): { body: Buffer; contentType: string } {
  const boundary = 'dastiyor-limits-boundary';
  const body = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="photo.jpg"\r\nContent-Type: image/jpeg\r\n\r\n`),
    Buffer.alloc(size, 0xff),
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { body, contentType: `multipart/form-data; boundary=${boundary}` };
}

/** A JSON body of about `size` bytes. */
export const jsonOf = (size: number): Buffer => Buffer.from(JSON.stringify({ title: 'Текст', description: 'a'.repeat(size) }));
