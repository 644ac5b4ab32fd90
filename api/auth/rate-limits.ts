// Two counters, both in this process's memory (with several replicas each counts alone:
// README "Writes"): accepted-credential writes per token, and failed authentications per
// address, which stop guessing tokens long before 256 bits could matter and stop a client
// from filling the log with refusals.
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { ConfigError } from '../../graph/config.js';

/** WRITE_RATE_LIMIT: writes per token per minute (default 30). */
export function writeRateLimit(env: NodeJS.ProcessEnv = process.env): number {
  const value = env.WRITE_RATE_LIMIT?.trim();
  if (value === undefined || value === '') return 30;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new ConfigError(`WRITE_RATE_LIMIT 应为正整数（每个令牌每分钟的写入次数），收到 ${value}`);
  return n;
}

/** Failed authentications an address may make per window before it is blocked. */
export const AUTH_FAILURES = { points: 10, windowSeconds: 300, blockSeconds: 900 } as const;

let writes: RateLimiterMemory | undefined;
let failures: RateLimiterMemory | undefined;

const writeLimiter = () => (writes ??= new RateLimiterMemory({ keyPrefix: 'write', points: writeRateLimit(), duration: 60 }));
const failureLimiter = () =>
  (failures ??= new RateLimiterMemory({
    keyPrefix: 'auth-failure',
    points: AUTH_FAILURES.points,
    duration: AUTH_FAILURES.windowSeconds,
    blockDuration: AUTH_FAILURES.blockSeconds,
  }));

/** Seconds until a refused caller may try again; undefined when it may go ahead. */
export type Wait = number | undefined;

const seconds = (res: RateLimiterRes) => Math.max(1, Math.ceil(res.msBeforeNext / 1000));

/** Counts one write for the token; the wait when it is over the limit. */
export async function takeWrite(tokenName: string): Promise<Wait> {
  return consume(writeLimiter(), tokenName);
}

/** Counts one failed authentication for the address; the wait when it is now blocked. */
export async function takeAuthFailure(address: string): Promise<Wait> {
  return consume(failureLimiter(), address);
}

/** The wait of an address blocked for failed authentications (even a valid token waits). */
export async function authBlocked(address: string): Promise<Wait> {
  const res = await failureLimiter().get(address);
  return res && res.consumedPoints > AUTH_FAILURES.points ? seconds(res) : undefined;
}

async function consume(limiter: RateLimiterMemory, key: string): Promise<Wait> {
  try {
    await limiter.consume(key);
    return undefined;
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes) return seconds(rejection);
    throw rejection;
  }
}
