import fs from 'node:fs';
import os from 'node:os';
import pg from 'pg';

/**
 * How much CPU other work took during a run, so figures from a shared machine can be read for what
 * they are. "Ours" is this process (every thread, autocannon's worker included) plus the PostgreSQL
 * backends connected to the bench database; "other" is the rest of the machine's busy time. Linux
 * only (/proc); elsewhere `stop()` answers null.
 */
export interface CpuShare {
  /** Average cores busy in total, by this bench, and by everything else. */
  busy: number;
  ours: number;
  other: number;
}

const ticksPerSecond = 100; // USER_HZ: 100 on every Linux this runs on

function machineTicks(): { busy: number; total: number } | null {
  try {
    const line = fs.readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '';
    const [, ...fields] = line.trim().split(/\s+/);
    const v = fields.map(Number);
    const total = v.slice(0, 8).reduce((a, b) => a + b, 0);
    const idle = (v[3] ?? 0) + (v[4] ?? 0);
    return { busy: total - idle, total };
  } catch {
    return null;
  }
}

function processTicks(pid: number): number {
  try {
    // Fields after the ")" that closes the command name: utime and stime are the 12th and 13th.
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(fields[11]) + Number(fields[12]);
  } catch {
    return 0;
  }
}

async function backendPids(client: pg.Client): Promise<number[]> {
  const { rows } = await client.query<{ pid: number }>(
    'select pid from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()',
  );
  return rows.map((r) => r.pid);
}

export async function startCpuWatch(databaseUrl: string): Promise<{ stop(): Promise<CpuShare | null> }> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const startedAt = performance.now();
  const machine = machineTicks();
  const pidsAtStart = await backendPids(client);
  const ownAtStart = new Map([process.pid, ...pidsAtStart].map((pid) => [pid, processTicks(pid)]));
  return {
    async stop() {
      try {
        const pids = new Set([process.pid, ...pidsAtStart, ...(await backendPids(client))]);
        const machineEnd = machineTicks();
        if (!machine || !machineEnd) return null;
        const seconds = (performance.now() - startedAt) / 1000;
        const cores = os.cpus().length;
        // Busy share of all cores, from /proc/stat, expressed in cores.
        const busy = ((machineEnd.busy - machine.busy) / (machineEnd.total - machine.total)) * cores;
        let ownTicks = 0;
        for (const pid of pids) ownTicks += Math.max(0, processTicks(pid) - (ownAtStart.get(pid) ?? 0));
        const ours = ownTicks / ticksPerSecond / seconds;
        return { busy, ours, other: Math.max(0, busy - ours) };
      } finally {
        await client.end();
      }
    },
  };
}
