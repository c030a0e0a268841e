import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

const productionEnv = {
  APP_ENV: 'production',
  DATABASE_URL: 'postgres://app@db/dastiyor',
  APP_SECRET: 'k3J9vQ2mX8pL4wR7tY1uZ6nB5cD0eF2gH9',
  MAIL_TRANSPORT: 'smtp',
  SMTP_URL: 'smtp://user:pass@mail.local:587',
  SMS_TRANSPORT: 'http',
  SMS_GATEWAY_URL: 'https://sms.gateway.local/send',
  PUBLIC_URL: 'https://dastiyor.tj',
  VAPID_PUBLIC_KEY: 'BPublicKeyBase64url',
  VAPID_PRIVATE_KEY: 'privateKeyBase64url',
  PAYMENT_PROVIDER: 'alif',
  ALIF_BASE_URL: 'https://web.alif.tj',
  ALIF_TERMINAL_ID: 'terminal-1',
  ALIF_TERMINAL_PASSWORD: 'terminal-password',
};

function problemsOf(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe('loadConfig', () => {
  it('runs background jobs in the API unless told worker, which needs PostgreSQL and Redis', () => {
    expect(loadConfig({}).backgroundJobs).toBe('in-process');
    expect(problemsOf({ BACKGROUND_JOBS: 'worker' })).toEqual(['BACKGROUND_JOBS=worker needs DATABASE_URL and REDIS_URL']);
    expect(problemsOf({ BACKGROUND_JOBS: 'worker', DATABASE_URL: 'postgres://app@db/dastiyor' })).toHaveLength(1);
    const split = loadConfig({ BACKGROUND_JOBS: 'worker', DATABASE_URL: 'postgres://app@db/dastiyor', REDIS_URL: 'redis://r:6379' });
    expect(split.backgroundJobs).toBe('worker');
    expect(problemsOf({ BACKGROUND_JOBS: 'sometimes' })[0]).toMatch(/^BACKGROUND_JOBS: /);
  });

  it('defaults to the embedded mode: PGlite under ./data, outbox transports, demo data on', () => {
    const config = loadConfig({});
    expect(config.appEnv).toBe('development');
    expect(config.database).toEqual({ kind: 'pglite', dir: path.resolve('data/pglite') });
    expect(config.storage).toEqual({ driver: 'local', dir: path.resolve('data/uploads') });
    expect(config.mail.transport).toBe('outbox');
    expect(config.sms.transport).toBe('outbox');
    expect(config.seedDemo).toBe(true);
    expect(config.port).toBe(3000);
    expect(config.publicUrl).toBe('http://localhost:3000');
  });

  it('uses PostgreSQL and turns demo data off when DATABASE_URL is set', () => {
    const config = loadConfig({ DATABASE_URL: 'postgres://localhost/x' });
    expect(config.database).toEqual({
      kind: 'postgres',
      url: 'postgres://localhost/x',
      pool: { max: 20, waitMs: 5000, maxWaiting: 2000, statementTimeoutMs: 15_000 },
      jobsPool: { max: 4, waitMs: 30_000, maxWaiting: 10_000, statementTimeoutMs: 15_000, parallelWorkers: 0 },
    });
    const sized = loadConfig({
      DATABASE_URL: 'postgres://localhost/x',
      DB_POOL_MAX: '40',
      DB_POOL_WAIT_MS: '2000',
      DB_JOBS_POOL_MAX: '6',
    }).database;
    expect(sized).toMatchObject({ pool: { max: 40, waitMs: 2000 }, jobsPool: { max: 6 } });
    expect(() => loadConfig({ DATABASE_URL: 'postgres://localhost/x', DB_POOL_MAX: '0' })).toThrow(/DB_POOL_MAX/);
    expect(config.seedDemo).toBe(false);
    expect(loadConfig({ DATABASE_URL: 'postgres://localhost/x', SEED_DEMO: '1' }).seedDemo).toBe(true);
  });

  it('accepts a complete production configuration', () => {
    const config = loadConfig(productionEnv);
    expect(config.isProduction).toBe(true);
    expect(config.seedDemo).toBe(false);
    expect(config.publicUrl).toBe('https://dastiyor.tj');
  });

  it('refuses production without a database, a strong secret and real transports', () => {
    const problems = problemsOf({ APP_ENV: 'production' });
    expect(problems.join('\n')).toMatch(/DATABASE_URL is required/);
    expect(problems.join('\n')).toMatch(/APP_SECRET/);
    expect(problems.join('\n')).toMatch(/MAIL_TRANSPORT=outbox/);
    expect(problems.join('\n')).toMatch(/SMS_TRANSPORT=outbox/);
    expect(problems.join('\n')).toMatch(/VAPID_PUBLIC_KEY and VAPID_PRIVATE_KEY are required/);
  });

  it('takes payments through the sandbox outside production and through Alif, fully configured, in production', () => {
    expect(loadConfig({}).payments).toMatchObject({ checkout: 'sandbox', alif: null, sandbox: { secret: expect.any(String) } });
    expect(loadConfig(productionEnv).payments).toEqual({
      checkout: 'alif',
      sandbox: null,
      alif: {
        terminalId: 'terminal-1',
        password: 'terminal-password',
        baseUrl: 'https://web.alif.tj',
        gates: ['korti_milli'],
        payOrigins: ['https://web.alif.tj'],
        callbackToken: 'required',
        timeoutMs: 10_000,
      },
    });
    const { PAYMENT_PROVIDER: _unset, ...withoutProvider } = productionEnv;
    expect(problemsOf(withoutProvider)).toEqual(['PAYMENT_PROVIDER=alif is required in production: the sandbox takes no money']);
    expect(problemsOf({ ...productionEnv, PAYMENT_PROVIDER: 'sandbox' })).toEqual([
      'PAYMENT_PROVIDER=alif is required in production: the sandbox takes no money',
    ]);
    const { ALIF_TERMINAL_PASSWORD: _password, ALIF_BASE_URL: _base, ...partial } = productionEnv;
    expect(problemsOf(partial)).toEqual([
      'ALIF_BASE_URL is required when PAYMENT_PROVIDER=alif',
      'ALIF_TERMINAL_PASSWORD is required when PAYMENT_PROVIDER=alif',
    ]);
    expect(problemsOf({ ...productionEnv, ALIF_BASE_URL: 'http://web.alif.tj' })).toEqual(['ALIF_BASE_URL must be https in production']);
    expect(problemsOf({ ...productionEnv, ALIF_GATES: 'korti_milli,paypal' })).toEqual([
      'ALIF_GATES: unknown gate paypal (known: korti_milli, wallet, vsa, mcr, cybersource_checkout)',
    ]);
    const staging = loadConfig({
      PAYMENT_PROVIDER: 'alif',
      ALIF_BASE_URL: 'https://test-web.alif.tj/',
      ALIF_TERMINAL_ID: 't',
      ALIF_TERMINAL_PASSWORD: 'p',
      ALIF_GATES: 'wallet, korti_milli,vsa',
      ALIF_PAY_ORIGINS: 'https://test-web.alif.tj,https://pay.alif.tj/x',
    }).payments;
    // Outside production the sandbox stays for its own payments; Alif takes the new ones.
    expect(staging).toMatchObject({
      checkout: 'alif',
      sandbox: { secret: expect.any(String) },
      alif: {
        baseUrl: 'https://test-web.alif.tj',
        gates: ['wallet', 'korti_milli', 'vsa'],
        payOrigins: ['https://test-web.alif.tj', 'https://pay.alif.tj'],
      },
    });
  });

  it('takes VAPID keys as a pair; without them (outside production) they are generated later', () => {
    expect(loadConfig({}).push).toEqual({ keys: null, subject: 'mailto:support@dastiyor.tj' });
    expect(problemsOf({ VAPID_PUBLIC_KEY: 'only-half' })).toEqual([expect.stringMatching(/go together/)]);
  });

  it.each(['short', 'changeme', 'a'.repeat(40)])('refuses the weak production secret %s', (secret) => {
    expect(problemsOf({ ...productionEnv, APP_SECRET: secret })).toEqual([expect.stringMatching(/APP_SECRET/)]);
  });

  it('needs a bucket and keys for S3 storage, and defaults to path-style with a custom endpoint', () => {
    expect(problemsOf({ STORAGE_DRIVER: 's3' })).toEqual([
      'S3_BUCKET is required when STORAGE_DRIVER=s3',
      'S3_ACCESS_KEY_ID is required when STORAGE_DRIVER=s3',
      'S3_SECRET_ACCESS_KEY is required when STORAGE_DRIVER=s3',
    ]);
    const config = loadConfig({
      STORAGE_DRIVER: 's3',
      S3_ENDPOINT: 'http://127.0.0.1:9000',
      S3_BUCKET: 'b',
      S3_ACCESS_KEY_ID: 'k',
      S3_SECRET_ACCESS_KEY: 's',
    });
    expect(config.storage).toMatchObject({ driver: 's3', bucket: 'b', forcePathStyle: true });
  });

  it('prefixes Redis keys per environment unless REDIS_PREFIX says otherwise', () => {
    expect(loadConfig({}).redisPrefix).toBe('dastiyor:development:');
    expect(loadConfig(productionEnv).redisPrefix).toBe('dastiyor:production:');
    expect(loadConfig({ REDIS_PREFIX: 'dastiyor:staging:' }).redisPrefix).toBe('dastiyor:staging:');
    expect(problemsOf({ REDIS_PREFIX: 'with space' })).toEqual([expect.stringMatching(/^REDIS_PREFIX:/)]);
    expect(problemsOf({ REDIS_PREFIX: 'glob*' })).toEqual([expect.stringMatching(/^REDIS_PREFIX:/)]);
  });

  it('rejects malformed values with the variable named', () => {
    expect(problemsOf({ PORT: 'eighty' })).toEqual([expect.stringMatching(/^PORT:/)]);
    expect(problemsOf({ APP_ENV: 'staging' })).toEqual([expect.stringMatching(/^APP_ENV:/)]);
    expect(problemsOf({ MAIL_TRANSPORT: 'smtp' })).toEqual(['SMTP_URL is required when MAIL_TRANSPORT=smtp']);
  });
});

describe('.env.example', () => {
  it('documents every variable the API reads', async () => {
    const { readFile } = await import('node:fs/promises');
    const example = await readFile(new URL('../../../.env.example', import.meta.url), 'utf8');
    const { ZEnv } = await import('./config.js');
    const missing = Object.keys(ZEnv.shape).filter((key) => !new RegExp(`^#? ?${key}=`, 'm').test(example));
    expect(missing).toEqual([]);
  });
});
