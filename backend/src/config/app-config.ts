import { resolve } from 'node:path';
import { z } from 'zod';

const logLevels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const environmentSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    PORT: z.coerce.number().int().min(1).max(65535).default(3000),
    DATA_DIR: z.string().min(1).default('./.data'),
    DATABASE_URL: z
      .url({ protocol: /^postgres(ql)?$/, error: 'must be a postgres:// or postgresql:// URL' })
      .optional(),
    DATABASE_POOL_SIZE: z.coerce.number().int().min(2).max(200).default(10),
    SMTP_URL: z.url({ protocol: /^smtps?$/, error: 'must be an smtp:// or smtps:// URL' }).optional(),
    PUBLIC_BASE_URL: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).optional(),
    LOG_LEVEL: z.enum(logLevels).default('info'),
    WEB_DIR: z.string().min(1).default('dist/frontend/browser'),
    SESSION_IDLE_MINUTES: z.coerce.number().int().min(5).max(1440).default(120),
    SESSION_ABSOLUTE_HOURS: z.coerce.number().int().min(1).max(720).default(12),
    DEMO_DATA: z.enum(['true', 'false']).optional(),
    DEMO_PASSWORD: z.string().min(8).max(200).default('demo-password'),
    LOGIN_MAX_FAILURES_PER_ACCOUNT: z.coerce.number().int().min(1).max(1000).default(5),
    LOGIN_MAX_ATTEMPTS_PER_IP: z.coerce.number().int().min(1).max(100000).default(30),
    MAIL_FROM: z.string().min(3).default('KEINO CRM <no-reply@keino-crm.invalid>'),
    MAIL_POLL_SECONDS: z.coerce.number().int().min(0).max(3600).default(5),
    SLA_FIRST_RESPONSE_BUSINESS_DAYS: z.coerce.number().int().min(1).max(60).default(3),
    SLA_RESOLUTION_BUSINESS_DAYS: z.coerce.number().int().min(1).max(250).default(20),
    PUBLIC_REQUESTS_PER_IP_PER_HOUR: z.coerce.number().int().min(1).max(100000).default(10),
    JOBS_ENABLED: z.enum(['true', 'false']).default('true'),
  })
  .refine((values) => values.NODE_ENV !== 'production' || values.DATABASE_URL !== undefined, {
    // The embedded server is for development and tests; production data lives in a managed PostgreSQL.
    path: ['DATABASE_URL'],
    message: 'is required when NODE_ENV is production',
  })
  .refine((values) => values.NODE_ENV !== 'production' || values.DEMO_DATA !== 'true', {
    path: ['DEMO_DATA'],
    message: 'demo data is never created when NODE_ENV is production',
  });

export interface AppConfig {
  readonly environment: 'development' | 'production' | 'test';
  readonly port: number;
  readonly dataDirectory: string;
  readonly databaseUrl: string | undefined;
  readonly databasePoolSize: number;
  readonly smtpUrl: string | undefined;
  readonly publicBaseUrl: string;
  readonly logLevel: (typeof logLevels)[number];
  readonly webDirectory: string;
  readonly sessionIdleMinutes: number;
  readonly sessionAbsoluteHours: number;
  /** Create the demo accounts and data on start (default: in development only; never in production). */
  readonly isDemoDataEnabled: boolean;
  readonly demoPassword: string;
  /** Failed logins of one account, and login attempts from one IP address, allowed per 15 minutes. */
  readonly loginMaxFailuresPerAccount: number;
  readonly loginMaxAttemptsPerIp: number;
  readonly mailFrom: string;
  /** How often the delivery worker looks for due email; 0 turns the worker off (tests drive it). */
  readonly mailPollSeconds: number;
  /** Service levels of support requests, in Finnish business days (SPEC §4). */
  readonly slaFirstResponseBusinessDays: number;
  readonly slaResolutionBusinessDays: number;
  /** Public request submissions accepted from one IP address per hour. */
  readonly publicRequestsPerIpPerHour: number;
  /** Whether this instance runs the scheduled jobs and catches up missed ones at start (tests drive them). */
  readonly jobsEnabled: boolean;
}

export const APP_CONFIG = Symbol('APP_CONFIG');

export class ConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Reads and validates the environment once; an invalid value stops start-up with every problem listed. */
export function loadConfig(environment: NodeJS.ProcessEnv = process.env): AppConfig {
  const emptyAsUnset = Object.fromEntries(
    Object.entries(environment).filter(([, value]) => value !== undefined && value !== ''),
  );
  const parsed = environmentSchema.safeParse(emptyAsUnset);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`));
  }
  const values = parsed.data;
  return {
    environment: values.NODE_ENV,
    port: values.PORT,
    dataDirectory: resolve(values.DATA_DIR),
    databaseUrl: values.DATABASE_URL,
    databasePoolSize: values.DATABASE_POOL_SIZE,
    smtpUrl: values.SMTP_URL,
    publicBaseUrl: (values.PUBLIC_BASE_URL ?? `http://localhost:${values.PORT}`).replace(/\/$/, ''),
    logLevel: values.LOG_LEVEL,
    webDirectory: resolve(values.WEB_DIR),
    sessionIdleMinutes: values.SESSION_IDLE_MINUTES,
    sessionAbsoluteHours: values.SESSION_ABSOLUTE_HOURS,
    isDemoDataEnabled: values.DEMO_DATA ? values.DEMO_DATA === 'true' : values.NODE_ENV === 'development',
    demoPassword: values.DEMO_PASSWORD,
    loginMaxFailuresPerAccount: values.LOGIN_MAX_FAILURES_PER_ACCOUNT,
    loginMaxAttemptsPerIp: values.LOGIN_MAX_ATTEMPTS_PER_IP,
    mailFrom: values.MAIL_FROM,
    mailPollSeconds: values.MAIL_POLL_SECONDS,
    slaFirstResponseBusinessDays: values.SLA_FIRST_RESPONSE_BUSINESS_DAYS,
    slaResolutionBusinessDays: values.SLA_RESOLUTION_BUSINESS_DAYS,
    publicRequestsPerIpPerHour: values.PUBLIC_REQUESTS_PER_IP_PER_HOUR,
    jobsEnabled: values.JOBS_ENABLED === 'true',
  };
}
