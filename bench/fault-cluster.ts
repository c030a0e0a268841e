import { execFileSync } from 'node:child_process';
import fs from 'node:fs';

/**
 * A throwaway PostgreSQL cluster of its own on another port, so a bench can stop and start
 * "the database" under load without touching the machine's shared cluster (Debian's
 * postgresql-common tools; run as root or postgres).
 */
export interface FaultCluster {
  url: string;
  stop(): void;
  start(): void;
  drop(): void;
}

export function createFaultCluster(name: string, port: number): FaultCluster {
  const versions = fs.existsSync('/etc/postgresql') ? fs.readdirSync('/etc/postgresql').sort() : [];
  const version = versions.at(-1);
  if (!version) throw new Error('No PostgreSQL of Debian here (no /etc/postgresql): the restart trials need pg_createcluster');
  const run = (command: string, ...args: string[]) => execFileSync(command, args, { stdio: ['ignore', 'ignore', 'inherit'] });
  try {
    execFileSync('pg_dropcluster', ['--stop', version, name], { stdio: 'ignore' });
  } catch {
    // none left over from an earlier run
  }
  run('pg_createcluster', version, name, '-p', String(port), '--', '--auth=trust');
  run('pg_ctlcluster', '--skip-systemctl-redirect', version, name, 'start');
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    stop: () => run('pg_ctlcluster', '--skip-systemctl-redirect', version, name, 'stop', '-m', 'fast'),
    start: () => run('pg_ctlcluster', '--skip-systemctl-redirect', version, name, 'start'),
    drop: () => run('pg_dropcluster', '--stop', version, name),
  };
}
