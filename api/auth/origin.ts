// Cross-site requests cannot write. The first line of defence is that browsers must
// preflight a write (GraphQL needs application/json, Apollo's csrfPrevention; uploads need
// application/octet-stream) and the server answers no CORS headers, so another site's
// preflight fails; no cookies are used, so nothing ambient authenticates anyway. This is
// the second: a write whose Origin header names another site is refused outright.
import type { Request } from 'express';
import { ConfigError } from '../../graph/config.js';

/** ALLOWED_ORIGINS: extra origins (comma-separated, e.g. https://gov.example.cn) whose pages may write. */
export function allowedOrigins(env: NodeJS.ProcessEnv = process.env): Set<string> {
  const list = (env.ALLOWED_ORIGINS ?? '')
    .split(',')
    .map((o) => o.trim())
    .filter((o) => o !== '');
  for (const origin of list) {
    if (!/^https?:\/\/[^/\s]+$/.test(origin)) {
      throw new ConfigError(`ALLOWED_ORIGINS 的 “${origin}” 无效：应为 http(s)://主机[:端口]，不带路径`);
    }
  }
  return new Set(list.map((o) => o.toLowerCase()));
}

let allowed: Set<string> | undefined;

/** An Origin header present and neither this server's own origin nor an allowed one. */
export function isCrossSite(req: Request): boolean {
  const origin = req.get('origin');
  if (origin === undefined) return false;
  const own = `${req.protocol}://${req.get('host') ?? ''}`.toLowerCase();
  const normalised = origin.trim().toLowerCase();
  if (normalised === own) return false;
  allowed ??= allowedOrigins();
  return !allowed.has(normalised);
}
