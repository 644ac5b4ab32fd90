// The tokens in force in the server, looked up per request (api/auth/credentials.ts).
// Why sha256 and not bcrypt/scrypt/argon2: see cli/token-file.ts.
import { timingSafeEqual } from 'node:crypto';
import { statSync } from 'node:fs';
import { hashToken, parseTokenEnv, readTokenFile, type TokenRecord } from '../../cli/token-file.js';
import type { Actor } from './actor.js';

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
