import { describe, expect, it } from 'vitest';
import { createIncident } from './incident-log.js';

function recorder() {
  const lines: Array<{ level: string; msg: string; obj: Record<string, unknown> }> = [];
  return {
    lines,
    warn: (obj: object, msg: string) => lines.push({ level: 'warn', msg, obj: obj as Record<string, unknown> }),
    info: (obj: object, msg: string) => lines.push({ level: 'info', msg, obj: obj as Record<string, unknown> }),
  };
}

describe('incident log', () => {
  it('should log one line when a dependency goes down and one when it is back, however many failures in between', () => {
    let now = 0;
    const log = recorder();
    const incident = createIncident(log, 'database', { clock: () => now });
    for (let i = 0; i < 200; i++) {
      now += 10;
      incident.failed(Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }));
    }
    expect(incident.down).toBe(true);
    incident.recovered();
    incident.recovered();
    expect(log.lines.map((l) => l.msg)).toEqual(['database unavailable', 'database available again']);
    expect(log.lines[0]!.obj).toMatchObject({ err: { code: 'ECONNREFUSED' } });
    expect(log.lines[1]!.obj).toMatchObject({ failures: 199, downMs: 1990 });
  });

  it('should remind once a minute during a long outage', () => {
    let now = 0;
    const log = recorder();
    const incident = createIncident(log, 'redis', { clock: () => now });
    for (let i = 0; i <= 150; i++) {
      incident.failed(new Error('down'));
      now += 1000;
    }
    expect(log.lines.filter((l) => l.msg === 'redis still unavailable')).toHaveLength(2);
  });
});
