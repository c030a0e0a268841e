import type { FastifyInstance } from 'fastify';
import { requestLimits } from '@dastiyor/contracts';
import { sendProblem } from './problem-handler.js';

/**
 * 414 for a URL over `requestLimits.urlBytes`, before any other hook spends work on it. Node's own header
 * ceiling (about 16 KB, URL included) is answered by `answerClientError`; this covers what fits under it.
 */
export function registerUrlLimit(app: FastifyInstance) {
  app.addHook('onRequest', async (request, reply) => {
    // The request line arrives as bytes read as latin1, so its length is its size.
    if (request.raw.url && request.raw.url.length > requestLimits.urlBytes) {
      return sendProblem(reply, request, 'uri_too_long', `The URL is longer than ${requestLimits.urlBytes} bytes`);
    }
  });
}
