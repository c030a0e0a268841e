import path from 'node:path';
import { z } from 'zod';
import type { PoolSettings } from './db/client.js';
import type { AlifSettings } from './platform/payments/alif/alif-provider.js';
import { alifGateMethods } from './platform/payments/alif/alif-protocol.js';

const bool = z.enum(['1', '0', 'true', 'false', 'yes', 'no', 'on', 'off', '']).transform((v) => ['1', 'true', 'yes', 'on'].includes(v));

/** Values that must never protect a production deployment. */
const weakSecrets = new Set(['secret', 'changeme', 'change-me', 'dev', 'development', 'password']);

/** Every variable the API reads, described once; `.env.example` mirrors this list. */
export const ZEnv = z.object({
  APP_ENV: z.enum(['development', 'test', 'production']).default('development').describe('Deployment mode, independent of NODE_ENV'),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000).describe('Public port: pages, /api/v1 and the socket'),
  API_PORT: z.coerce.number().int().min(0).max(65535).default(3001).describe('Internal port of the API process'),
  API_HOST: z.string().default('127.0.0.1').describe('Interface the API listens on'),
  PUBLIC_URL: z.url().optional().describe('Origin users see, e.g. https://dastiyor.tj; defaults to http://localhost:PORT'),
  DATABASE_URL: z.string().optional().describe('PostgreSQL URL; when unset the embedded PGlite under DATA_DIR is used'),
  DB_POOL_MAX: z.coerce
    .number()
    .int()
    .min(1)
    .max(500)
    .default(20)
    .describe(
      'Connections one API process keeps for requests; instances × (DB_POOL_MAX + DB_JOBS_POOL_MAX + 4 for the queue) must stay under max_connections',
    ),
  DB_JOBS_POOL_MAX: z.coerce
    .number()
    .int()
    .min(1)
    .max(100)
    .default(4)
    .describe('Connections of the background jobs (fan-outs, deliveries), apart from the requests’ pool so a fan-out never slows them'),
  DB_POOL_WAIT_MS: z.coerce
    .number()
    .int()
    .min(100)
    .max(60_000)
    .default(5000)
    .describe('How long a request queues for a connection before 503'),
  DB_POOL_MAX_WAITING: z.coerce
    .number()
    .int()
    .min(1)
    .default(2000)
    .describe('Requests queued for a connection beyond this get 503 at once (a saturated pool)'),
  DB_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(1000).default(15_000).describe('A statement running longer is cancelled'),
  DATA_DIR: z.string().default('data').describe('Embedded data (PGlite, uploads), relative to the working directory'),
  REDIS_URL: z.string().optional().describe('Redis for the bus, presence and shared rate limits when running several instances'),
  REDIS_PREFIX: z
    .string()
    .regex(/^[A-Za-z0-9:._-]{1,64}$/, 'letters, digits and : . _ - only, at most 64')
    .optional()
    .describe('Starts every Redis key and channel, so environments can share one Redis; defaults to dastiyor:<APP_ENV>:'),
  APP_SECRET: z.string().optional().describe('At least 32 random characters; signs links and webhooks'),
  SEED_DEMO: bool.optional().describe('Seed demo users and tasks; default on in the embedded mode only'),
  BACKGROUND_JOBS: z
    .enum(['in-process', 'worker'])
    .default('in-process')
    .describe(
      'in-process: the API also runs the background jobs; worker: it only queues them and `npm run worker -w @dastiyor/api` processes run them (PostgreSQL and Redis only)',
    ),
  MIGRATE_ON_START: bool
    .default(true)
    .describe('Migrate and seed on start (under a lock); 0 when the deploy runs `npm run db:migrate` as its own step'),
  MAIL_TRANSPORT: z.enum(['outbox', 'smtp']).default('outbox').describe('outbox stores mail for /dev/outbox; smtp sends it'),
  SMTP_URL: z.string().optional().describe('smtp(s)://user:pass@host:port, when MAIL_TRANSPORT=smtp'),
  MAIL_FROM: z.string().default('Dastiyor <no-reply@dastiyor.tj>'),
  SMS_TRANSPORT: z.enum(['outbox', 'http']).default('outbox').describe('outbox stores SMS for /dev/outbox; http posts to a gateway'),
  SMS_GATEWAY_URL: z.url().optional().describe('HTTP SMS gateway endpoint, when SMS_TRANSPORT=http'),
  SMS_GATEWAY_TOKEN: z.string().optional().describe('Bearer token for the SMS gateway'),
  SMS_SENDER: z.string().default('Dastiyor').describe('Alpha sender name shown on the phone'),
  VAPID_PUBLIC_KEY: z
    .string()
    .optional()
    .describe('Web Push public key (base64url); generated and kept in the database outside production'),
  VAPID_PRIVATE_KEY: z.string().optional().describe('Web Push private key (base64url), with VAPID_PUBLIC_KEY'),
  VAPID_SUBJECT: z.string().default('mailto:support@dastiyor.tj').describe('Contact the push services may use (mailto: or https:)'),
  STORAGE_DRIVER: z.enum(['local', 's3']).default('local').describe('Where uploads live: local disk or an S3-compatible bucket'),
  UPLOADS_DIR: z.string().optional().describe('Local storage root; defaults to DATA_DIR/uploads'),
  S3_ENDPOINT: z.url().optional().describe('S3-compatible endpoint; unset for AWS itself'),
  S3_REGION: z.string().default('us-east-1'),
  S3_BUCKET: z.string().optional(),
  S3_ACCESS_KEY_ID: z.string().optional(),
  S3_SECRET_ACCESS_KEY: z.string().optional(),
  S3_FORCE_PATH_STYLE: bool.optional().describe('Path-style URLs (MinIO and most non-AWS services)'),
  SANDBOX_WEBHOOK_SECRET: z.string().optional().describe('Signs sandbox payment webhooks; the sandbox never runs in production'),
  PAYMENT_PROVIDER: z
    .enum(['sandbox', 'alif'])
    .optional()
    .describe(
      'Who takes card and wallet payments: the sandbox (the default outside production) or Alif Acquiring (required in production)',
    ),
  ALIF_BASE_URL: z.url().optional().describe('Alif Acquiring: https://test-web.alif.tj (test) or https://web.alif.tj (production)'),
  ALIF_TERMINAL_ID: z.string().min(1).optional().describe('Alif Acquiring terminal id (the `key`), issued by the bank'),
  ALIF_TERMINAL_PASSWORD: z.string().min(1).optional().describe('Alif Acquiring terminal password, issued by the bank'),
  ALIF_GATES: z
    .string()
    .default('korti_milli')
    .describe(
      'Comma-separated gates the terminal is configured for, in the order to offer them: korti_milli, wallet, vsa, mcr, cybersource_checkout',
    ),
  ALIF_PAY_ORIGINS: z
    .string()
    .optional()
    .describe("Comma-separated origins of the bank's payment pages the payer may be sent to; ALIF_BASE_URL's origin when unset"),
  ALIF_CALLBACK_TOKEN: z
    .enum(['required', 'advisory'])
    .default('required')
    .describe('required: a callback whose token does not match is refused; advisory: it is logged and the status call decides alone'),
  ALIF_TIMEOUT_MS: z.coerce.number().int().min(1000).max(60_000).default(10_000).describe('How long one call to the bank may take'),
  TRUST_PROXY: z.string().default('loopback').describe('Which proxies may set X-Forwarded-For (fastify trustProxy)'),
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(600).describe('Loose per-IP ceiling; per-account limits are stricter'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});
export type Env = z.infer<typeof ZEnv>;

export interface Config {
  appEnv: Env['APP_ENV'];
  isProduction: boolean;
  port: number;
  api: { host: string; port: number };
  publicUrl: string;
  /** `jobsPool`: the background jobs' own connections (fan-outs and deliveries), never the requests'. */
  database: { kind: 'postgres'; url: string; pool: PoolSettings; jobsPool: PoolSettings } | { kind: 'pglite'; dir: string };
  redisUrl: string | null;
  /** Starts every Redis key and pub/sub channel (bus, presence, rate limits). */
  redisPrefix: string;
  appSecret: string;
  seedDemo: boolean;
  /** False: the deploy migrates separately; the API only checks the schema is current. */
  migrateOnStart: boolean;
  /** Where background jobs run: in the API process, or only in worker processes (worker.ts). */
  backgroundJobs: 'in-process' | 'worker';
  mail: { transport: 'outbox' } | { transport: 'smtp'; url: string; from: string };
  mailFrom: string;
  sms: { transport: 'outbox' } | { transport: 'http'; url: string; token: string | null; sender: string };
  storage:
    | { driver: 'local'; dir: string }
    | {
        driver: 's3';
        endpoint: string | null;
        region: string;
        bucket: string;
        accessKeyId: string;
        secretAccessKey: string;
        forcePathStyle: boolean;
      };
  /** `checkout`: who takes new payments. The sandbox exists outside production only; Alif when configured. */
  payments: { checkout: 'sandbox' | 'alif'; sandbox: { secret: string } | null; alif: AlifSettings | null };
  /** keys null: generated on first use and kept in the database (never in production). */
  push: { keys: { publicKey: string; privateKey: string } | null; subject: string };
  trustProxy: string | boolean;
  rateLimitPerMinute: number;
  logLevel: Env['LOG_LEVEL'];
  /** How long the maintenance flag may be cached by one instance. */
  settingsCacheMs: number;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n  - ${problems.join('\n  - ')}`);
    this.name = 'ConfigError';
  }
}

/** Parses the environment once, at boot; a mistake stops the process before it serves anything. */
export function loadConfig(source: Record<string, string | undefined> = process.env): Config {
  const parsed = ZEnv.safeParse(source);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  }
  const env = parsed.data;
  const isProduction = env.APP_ENV === 'production';
  const problems: string[] = [];

  if (isProduction) {
    if (!env.DATABASE_URL) problems.push('DATABASE_URL is required in production (PGlite is for local use)');
    if (
      !env.APP_SECRET ||
      env.APP_SECRET.length < 32 ||
      weakSecrets.has(env.APP_SECRET.toLowerCase()) ||
      new Set(env.APP_SECRET).size < 10
    ) {
      problems.push('APP_SECRET must be at least 32 random characters in production');
    }
    if (env.MAIL_TRANSPORT === 'outbox') problems.push('MAIL_TRANSPORT=outbox is not allowed in production: configure smtp');
    if (env.SMS_TRANSPORT === 'outbox') problems.push('SMS_TRANSPORT=outbox is not allowed in production: configure http');
    if (!env.PUBLIC_URL) problems.push('PUBLIC_URL is required in production');
    if (!env.VAPID_PUBLIC_KEY || !env.VAPID_PRIVATE_KEY) problems.push('VAPID_PUBLIC_KEY and VAPID_PRIVATE_KEY are required in production');
  }
  if (Boolean(env.VAPID_PUBLIC_KEY) !== Boolean(env.VAPID_PRIVATE_KEY)) problems.push('VAPID_PUBLIC_KEY and VAPID_PRIVATE_KEY go together');
  if (env.MAIL_TRANSPORT === 'smtp' && !env.SMTP_URL) problems.push('SMTP_URL is required when MAIL_TRANSPORT=smtp');
  if (env.SMS_TRANSPORT === 'http' && !env.SMS_GATEWAY_URL) problems.push('SMS_GATEWAY_URL is required when SMS_TRANSPORT=http');
  if (env.STORAGE_DRIVER === 's3') {
    for (const key of ['S3_BUCKET', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY'] as const) {
      if (!env[key]) problems.push(`${key} is required when STORAGE_DRIVER=s3`);
    }
  }
  const paymentProvider = env.PAYMENT_PROVIDER ?? (isProduction ? null : 'sandbox');
  if (isProduction && paymentProvider !== 'alif')
    problems.push('PAYMENT_PROVIDER=alif is required in production: the sandbox takes no money');
  const alif = alifSettingsOf(env, isProduction, problems, paymentProvider === 'alif');
  if (env.BACKGROUND_JOBS === 'worker' && (!env.DATABASE_URL || !env.REDIS_URL)) {
    // PGlite lives in one process; without Redis a worker's live events would never reach the API's sockets.
    problems.push('BACKGROUND_JOBS=worker needs DATABASE_URL and REDIS_URL');
  }
  if (problems.length > 0) throw new ConfigError(problems);

  const dataDir = path.resolve(env.DATA_DIR);
  return {
    appEnv: env.APP_ENV,
    isProduction,
    port: env.PORT,
    api: { host: env.API_HOST, port: env.API_PORT },
    publicUrl: (env.PUBLIC_URL ?? `http://localhost:${env.PORT}`).replace(/\/$/, ''),
    database: env.DATABASE_URL
      ? {
          kind: 'postgres',
          url: env.DATABASE_URL,
          pool: {
            max: env.DB_POOL_MAX,
            waitMs: env.DB_POOL_WAIT_MS,
            maxWaiting: env.DB_POOL_MAX_WAITING,
            statementTimeoutMs: env.DB_STATEMENT_TIMEOUT_MS,
          },
          // Nobody waits on a background job's query: it may queue longer than a request would.
          // …and it runs on one core per statement, leaving the others to the requests' queries.
          jobsPool: {
            max: env.DB_JOBS_POOL_MAX,
            waitMs: 30_000,
            maxWaiting: 10_000,
            statementTimeoutMs: env.DB_STATEMENT_TIMEOUT_MS,
            parallelWorkers: 0,
          },
        }
      : { kind: 'pglite', dir: path.join(dataDir, 'pglite') },
    redisUrl: env.REDIS_URL ?? null,
    redisPrefix: env.REDIS_PREFIX ?? `dastiyor:${env.APP_ENV}:`,
    // Outside production a fixed, clearly-named value keeps local links stable across restarts.
    appSecret: env.APP_SECRET ?? 'development-only-secret-never-used-in-production',
    seedDemo: env.SEED_DEMO ?? (!env.DATABASE_URL && !isProduction),
    migrateOnStart: env.MIGRATE_ON_START,
    backgroundJobs: env.BACKGROUND_JOBS,
    mail: env.MAIL_TRANSPORT === 'smtp' ? { transport: 'smtp', url: env.SMTP_URL!, from: env.MAIL_FROM } : { transport: 'outbox' },
    mailFrom: env.MAIL_FROM,
    sms:
      env.SMS_TRANSPORT === 'http'
        ? { transport: 'http', url: env.SMS_GATEWAY_URL!, token: env.SMS_GATEWAY_TOKEN ?? null, sender: env.SMS_SENDER }
        : { transport: 'outbox' },
    storage:
      env.STORAGE_DRIVER === 's3'
        ? {
            driver: 's3',
            endpoint: env.S3_ENDPOINT ?? null,
            region: env.S3_REGION,
            bucket: env.S3_BUCKET!,
            accessKeyId: env.S3_ACCESS_KEY_ID!,
            secretAccessKey: env.S3_SECRET_ACCESS_KEY!,
            forcePathStyle: env.S3_FORCE_PATH_STYLE ?? Boolean(env.S3_ENDPOINT),
          }
        : { driver: 'local', dir: env.UPLOADS_DIR ? path.resolve(env.UPLOADS_DIR) : path.join(dataDir, 'uploads') },
    payments: {
      checkout: paymentProvider ?? 'alif',
      sandbox: isProduction ? null : { secret: env.SANDBOX_WEBHOOK_SECRET ?? 'sandbox-webhook-secret-for-development-only' },
      alif,
    },
    push: {
      keys: env.VAPID_PUBLIC_KEY && env.VAPID_PRIVATE_KEY ? { publicKey: env.VAPID_PUBLIC_KEY, privateKey: env.VAPID_PRIVATE_KEY } : null,
      subject: env.VAPID_SUBJECT,
    },
    trustProxy: env.TRUST_PROXY === 'true' ? true : env.TRUST_PROXY === 'false' ? false : env.TRUST_PROXY,
    rateLimitPerMinute: env.RATE_LIMIT_PER_MINUTE,
    logLevel: env.LOG_LEVEL,
    settingsCacheMs: 2000,
  };
}

/** Alif's settings when any is given (or Alif takes the checkouts); each missing one is named. */
function alifSettingsOf(env: Env, isProduction: boolean, problems: string[], required: boolean): AlifSettings | null {
  const given = env.ALIF_BASE_URL || env.ALIF_TERMINAL_ID || env.ALIF_TERMINAL_PASSWORD;
  if (!required && !given) return null;
  const before = problems.length;
  for (const key of ['ALIF_BASE_URL', 'ALIF_TERMINAL_ID', 'ALIF_TERMINAL_PASSWORD'] as const) {
    if (!env[key]) problems.push(`${key} is required when PAYMENT_PROVIDER=alif`);
  }
  const gates = env.ALIF_GATES.split(',')
    .map((gate) => gate.trim())
    .filter(Boolean);
  const unknown = gates.filter((gate) => !(gate in alifGateMethods));
  if (unknown.length > 0)
    problems.push(`ALIF_GATES: unknown gate ${unknown.join(', ')} (known: ${Object.keys(alifGateMethods).join(', ')})`);
  if (gates.length === 0) problems.push('ALIF_GATES must name at least one gate');
  if (isProduction && env.ALIF_BASE_URL && !env.ALIF_BASE_URL.startsWith('https://'))
    problems.push('ALIF_BASE_URL must be https in production');
  const payOrigins: string[] = [];
  for (const origin of (env.ALIF_PAY_ORIGINS ?? env.ALIF_BASE_URL ?? '').split(',').filter((o) => o.trim())) {
    try {
      payOrigins.push(new URL(origin.trim()).origin);
    } catch {
      problems.push(`ALIF_PAY_ORIGINS: ${origin.trim()} is not a URL`);
    }
  }
  if (problems.length > before) return null;
  return {
    terminalId: env.ALIF_TERMINAL_ID!,
    password: env.ALIF_TERMINAL_PASSWORD!,
    baseUrl: env.ALIF_BASE_URL!.replace(/\/+$/, ''),
    gates,
    payOrigins,
    callbackToken: env.ALIF_CALLBACK_TOKEN,
    timeoutMs: env.ALIF_TIMEOUT_MS,
  };
}
