// Uploaded bytes waiting for their editor to read the report and commit them. Each upload
// has its own directory under <uploads>/.staging/<id>/ (same file system as the uploads
// directory, so committing is a rename). Staged uploads live in this process's memory and
// expire: an upload is committed on the replica that received it, within STAGING_TTL_MS.
import { randomUUID } from 'node:crypto';
import { mkdir, readdir, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { repoRoot } from '../../graph/config.js';

export const STAGING_TTL_MS = 30 * 60 * 1000;

export interface StagedUpload {
  id: string;
  /** The token name that uploaded it: only the same token may commit it. */
  actor: string;
  name: string;
  /** Where the bytes wait: <uploads>/.staging/<id>/<name>. */
  file: string;
  sha256: string;
  /** The dry run failed (errors): the upload cannot be committed. */
  failed: boolean;
  expiresAt: number;
}

/** JURISGRAPH_UPLOAD_DIR (default <repo>/.data/uploads): where committed lists are kept. */
export function uploadDir(env: NodeJS.ProcessEnv = process.env): string {
  const configured = env.JURISGRAPH_UPLOAD_DIR?.trim();
  return path.resolve(repoRoot, configured ? configured : '.data/uploads');
}

export class UploadStaging {
  private readonly staged = new Map<string, StagedUpload>();
  private swept = false;

  constructor(
    readonly dir: string,
    private readonly now: () => number = Date.now,
  ) {}

  get stagingDir(): string {
    return path.join(this.dir, '.staging');
  }

  /** Writes the bytes into a fresh directory; the caller completes the entry with `keep`. */
  async put(name: string, bytes: Uint8Array): Promise<{ id: string; file: string }> {
    await this.sweep();
    const id = randomUUID();
    const folder = path.join(this.stagingDir, id);
    await mkdir(folder, { recursive: true, mode: 0o700 });
    const file = path.join(folder, name);
    await writeFile(file, bytes, { mode: 0o600 });
    return { id, file };
  }

  keep(entry: Omit<StagedUpload, 'expiresAt'>): StagedUpload {
    const kept = { ...entry, expiresAt: this.now() + STAGING_TTL_MS };
    this.staged.set(entry.id, kept);
    return kept;
  }

  /** The upload, unless unknown or expired. */
  get(id: string): StagedUpload | undefined {
    const entry = this.staged.get(id);
    if (!entry || entry.expiresAt <= this.now()) return undefined;
    return entry;
  }

  /** Forgets the upload and deletes what is left of its directory. */
  async drop(id: string): Promise<void> {
    this.staged.delete(id);
    await rm(path.join(this.stagingDir, id), { recursive: true, force: true });
  }

  /**
   * Drops expired uploads; on the first call also directories older than the TTL that no
   * entry knows (left by a process that stopped), leaving younger ones to the replica that
   * may still hold them.
   */
  private async sweep(): Promise<void> {
    const now = this.now();
    for (const entry of [...this.staged.values()]) if (entry.expiresAt <= now) await this.drop(entry.id);
    if (this.swept) return;
    this.swept = true;
    const folders = await readdir(this.stagingDir).catch(() => [] as string[]);
    for (const folder of folders) {
      const full = path.join(this.stagingDir, folder);
      const info = await stat(full).catch(() => undefined);
      if (info && !this.staged.has(folder) && now - info.mtimeMs > STAGING_TTL_MS) await rm(full, { recursive: true, force: true });
    }
  }
}
