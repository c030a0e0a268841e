import type { FastifyBaseLogger } from 'fastify';
import { createLogger } from '../src/platform/logging/logger.js';

export interface LogLine {
  level: number;
  msg: string;
  [field: string]: unknown;
}

/** A real pino logger whose lines a test can read (parsed JSON, in order). */
export function captureLog(level: 'info' | 'warn' = 'info'): { log: FastifyBaseLogger; lines: LogLine[]; warnings: () => LogLine[] } {
  const lines: LogLine[] = [];
  const log = createLogger({ logLevel: level }, { write: (line: string) => void lines.push(JSON.parse(line) as LogLine) });
  // pino levels: 40 warn, 50 error, 60 fatal.
  return { log, lines, warnings: () => lines.filter((l) => l.level >= 40) };
}
