// The operator's token configuration: the file `npm run token` writes (JURISGRAPH_TOKENS_FILE)
// and JURISGRAPH_TOKENS. Only hashes are stored. Here in cli/ because both the token CLI and
// the server read it (api/ may import cli/, not the other way: .dependency-cruiser.cjs).
//
// Why sha256 and not bcrypt/scrypt/argon2: a slow KDF protects low-entropy secrets
// (passwords) against guessing once the hashes leak. Our tokens are 256 random bits, which
// nobody can guess whatever the hash costs, so a fast hash loses nothing and lets every
// request be checked without spending CPU that an attacker could make us spend.
import { createHash, randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { ConfigError, repoRoot } from '../graph/config.js';

/** What a token may do: an editor writes (and reads the audit log), a reader only reads the audit log. */
export const ROLES = ['editor', 'reader'] as const;

export type Role = (typeof ROLES)[number];

/** Tokens start with this, so a leaked one is recognisable (secret scanners, logs). */
export const TOKEN_PREFIX = 'jg_';

const SHA256_HEX = /^[0-9a-f]{64}$/;

const tokenRecord = z.object({
  name: z.string().regex(/^[\w.@-]{1,64}$/, '令牌名称只能包含字母、数字、_ . @ -，最多 64 个字符'),
  role: z.enum(ROLES),
  sha256: z.string().regex(SHA256_HEX, 'sha256 应为 64 位小写十六进制'),
  createdAt: z.string(),
});

export type TokenRecord = z.infer<typeof tokenRecord>;

export const tokenFileSchema = z.array(tokenRecord).refine((records) => new Set(records.map((r) => r.name)).size === records.length, {
  message: '令牌名称重复',
});

/** A token file or JURISGRAPH_TOKENS the server cannot use: stops it at start, with this message. */
export class TokenConfigError extends ConfigError {}

/** A fresh token: 256 random bits, base64url, with the prefix. */
export function newToken(): string {
  return TOKEN_PREFIX + randomBytes(32).toString('base64url');
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** JURISGRAPH_TOKENS: `name:role:sha256hex` entries separated by commas (hashes, never tokens). */
export function parseTokenEnv(value: string | undefined): TokenRecord[] {
  if (value === undefined || value.trim() === '') return [];
  const records = value
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '')
    .map((entry) => {
      const [name, role, sha256, ...rest] = entry.split(':');
      const parsed = tokenRecord.safeParse({ name, role, sha256: sha256?.toLowerCase(), createdAt: 'env' });
      if (rest.length > 0 || !parsed.success) {
        const shown = entry.length > 80 ? `${entry.slice(0, 80)}…` : entry;
        const why = parsed.success ? '多余的 “:”' : parsed.error.issues.map((i) => i.message).join('；');
        throw new TokenConfigError(`JURISGRAPH_TOKENS 的条目 “${shown}” 无效（应为 名称:editor|reader:sha256十六进制）：${why}`);
      }
      return parsed.data;
    });
  const checked = tokenFileSchema.safeParse(records);
  if (!checked.success) throw new TokenConfigError(`JURISGRAPH_TOKENS 无效：${checked.error.issues[0]?.message}`);
  return checked.data;
}

export function tokensFilePath(env: NodeJS.ProcessEnv = process.env): string {
  const configured = env.JURISGRAPH_TOKENS_FILE?.trim();
  return path.resolve(repoRoot, configured ? configured : '.data/tokens.json');
}

/** The records in `file`; none when it does not exist. Throws TokenConfigError when it is not a valid token file. */
export function readTokenFile(file: string): TokenRecord[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new TokenConfigError(`令牌文件 ${file} 不是有效的 JSON`);
  }
  const parsed = tokenFileSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new TokenConfigError(`令牌文件 ${file} 无效：${issue?.path.join('.') ?? ''} ${issue?.message ?? ''}`.trim());
  }
  return parsed.data;
}

/** Writes the file readable by its owner only, replacing it whole (a reader never sees half a file). */
export function writeTokenFile(file: string, records: TokenRecord[]): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, `${JSON.stringify(tokenFileSchema.parse(records), null, 2)}\n`, { mode: 0o600 });
  chmodSync(temp, 0o600);
  renameSync(temp, file);
}
