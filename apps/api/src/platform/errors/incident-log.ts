/** The slice of a pino logger incidents need; tests pass a recording one. */
export interface IncidentLogger {
  warn(obj: object, msg: string): void;
  info(obj: object, msg: string): void;
}

export interface Incident {
  /** A failure of the dependency: the first one of an outage is logged, the rest are counted. */
  failed(error: unknown): void;
  /** The dependency answered again: one line with how long it was down and how many failures were folded. */
  recovered(): void;
  readonly down: boolean;
}

/** What to log of an error: its message and code, never a stack per retry. */
export function errorSummary(error: unknown): { message: string; code?: string } {
  const e = error as { message?: unknown; code?: unknown } | null;
  const message = typeof e?.message === 'string' ? e.message : String(error);
  return typeof e?.code === 'string' ? { message, code: e.code } : { message };
}

/**
 * One line when a dependency goes down and one when it is back, however many retries fail in
 * between: an outage of the database or Redis must not flood the log. A long outage repeats a
 * reminder line every `remindEveryMs` with the count of folded failures.
 */
export function createIncident(
  log: IncidentLogger,
  dependency: string,
  { clock = () => Date.now(), remindEveryMs = 60_000 }: { clock?: () => number; remindEveryMs?: number } = {},
): Incident {
  let since: number | null = null;
  let lastLine = 0;
  let folded = 0;
  return {
    get down() {
      return since !== null;
    },
    failed(error) {
      const now = clock();
      if (since === null) {
        since = now;
        lastLine = now;
        folded = 0;
        log.warn({ dependency, err: errorSummary(error) }, `${dependency} unavailable`);
        return;
      }
      folded += 1;
      if (now - lastLine >= remindEveryMs) {
        log.warn({ dependency, err: errorSummary(error), downMs: now - since, failures: folded }, `${dependency} still unavailable`);
        lastLine = now;
        folded = 0;
      }
    },
    recovered() {
      if (since === null) return;
      log.info({ dependency, downMs: clock() - since, failures: folded }, `${dependency} available again`);
      since = null;
    },
  };
}
