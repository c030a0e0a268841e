import { answerClientError } from '@dastiyor/contracts';
import { onEachHttpServer } from '../http-servers';

/**
 * Node's parser refuses some requests before Next sees them (headers or a URL past its ~16 KB ceiling,
 * bytes that are not HTTP) and then answers an empty 431 or 400. This origin answers them as problem+json,
 * as the API does: the same listener on each server of the process.
 */
export function installClientErrorAnswers(): void {
  onEachHttpServer((server) => {
    server.on('clientError', answerClientError);
  });
}
