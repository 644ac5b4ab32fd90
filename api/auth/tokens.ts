// Editor and reader tokens, configured by the operator: a file (JURISGRAPH_TOKENS_FILE,
// written by `npm run token`) and/or JURISGRAPH_TOKENS. Only hashes are stored.
//
// Why sha256 and not bcrypt/scrypt/argon2: a slow KDF protects low-entropy secrets
// (passwords) against guessing once the hashes leak. Our tokens are 256 random bits, which
// nobody can guess whatever the hash costs, so a fast hash loses nothing and lets every
// request be checked without spending CPU that an attacker could make us spend.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { chmodSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { repoRoot } from '../../graph/config.js';
import { type Actor, ROLES } from './actor.js';

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

export class TokenConfigError extends Error {
  readonly code = 'CONFIG_INVALID';
}

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

/**
 * The tokens in force: the environment's (read once) and the file's, re-read whenever
 * the file's mtime or size changes, so `npm run token -- revoke` takes effect at the next
 * request without a restart.
 */
export class TokenStore {
  private fileRecords: TokenRecord[] = [];
  private seen: string | undefined;
  private readonly envRecords: TokenRecord[];

  constructor(
    readonly file: string,
    envValue: string | undefined,
    private readonly onReloadError: (error: unknown) => void = () => undefined,
  ) {
    this.envRecords = parseTokenEnv(envValue);
    // A bad file at start is the operator's mistake to hear about now, not at the first write.
    this.refresh(true);
  }

  /** The actor a presented token belongs to, or undefined. Constant time per stored hash. */
  lookup(token: string): Actor | undefined {
    this.refresh(false);
    const presented = Buffer.from(hashToken(token), 'hex');
    let found: TokenRecord | undefined;
    // Every record is compared (no early return), so timing says nothing about which matched.
    for (const record of this.records()) {
      if (timingSafeEqual(presented, Buffer.from(record.sha256, 'hex')) && !found) found = record;
    }
    return found && { name: found.name, role: found.role };
  }

  records(): TokenRecord[] {
    return [...this.envRecords, ...this.fileRecords];
  }

  private refresh(strict: boolean): void {
    let stamp: string;
    try {
      const stat = statSync(this.file);
      stamp = `${stat.mtimeMs}/${stat.size}/${stat.ino}`;
    } catch {
      stamp = 'missing';
    }
    if (stamp === this.seen) return;
    try {
      this.fileRecords = readTokenFile(this.file);
    } catch (error) {
      if (strict) throw error;
      // Fail closed: a file being edited by hand into something invalid grants nothing.
      this.fileRecords = [];
      this.onReloadError(error);
    }
    this.seen = stamp;
  }
}
