import { requestLimits } from '@dastiyor/contracts';

/** A refused body that stops arriving for this long is not worth waiting for. */
const drainIdleMs = 10_000;

/**
 * Reads the rest of a refused request body and throws it away; true once it is all in. The origin answers
 * a refusal only then: answering earlier and closing (Node closes when the client asked to) resets the
 * connection under a client that is still sending, and one that reads only after sending loses the 413.
 * False when the client sends past `requestLimits.drainBytes`, goes quiet, or leaves: then the answer
 * goes out at once and the connection is closed behind it.
 */
export async function drainRest(reader: ReadableStreamDefaultReader<Uint8Array>, alreadyRead = 0): Promise<boolean> {
  let read = alreadyRead;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const quiet = () => new Promise<'quiet'>((resolve) => (timer = setTimeout(() => resolve('quiet'), drainIdleMs)));
  try {
    for (;;) {
      const next = await Promise.race([reader.read(), quiet()]);
      clearTimeout(timer);
      if (next === 'quiet') return false;
      if (next.done) return true;
      read += next.value.byteLength;
      if (read > requestLimits.drainBytes) return false;
    }
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}
