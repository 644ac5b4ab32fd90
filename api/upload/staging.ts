// Uploaded bytes waiting for their editor to read the report and commit them. Each upload
// has its own directory under <uploads>/.staging/<id>/ (same file system as the uploads
// directory, so committing is a rename) holding the bytes and a sidecar, .staged.json, with
// who uploaded it, its hash, the report and when it expires. Everything is on disk, not in
// a process's memory, so that with several API processes (`npm start -- --workers N`, or
// replicas sharing JURISGRAPH_UPLOAD_DIR) a commit works on whichever one answers it.
import { randomUUID } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { repoRoot } from '../../graph/config.js';

export const STAGING_TTL_MS = 30 * 60 * 1000;

/** The sidecar's name: a leading dot, which no upload's own name may have (upload-name.ts). */
const SIDECAR = '.staged.json';

/** Ids are ours (randomUUID): anything else from a URL is unknown, and never reaches a path. */
const STAGING_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

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
  /** The report the editor was given when it was staged. */
  report?: unknown;
}

/** JURISGRAPH_UPLOAD_DIR (default <repo>/.data/uploads): where committed lists are kept. */
export function uploadDir(env: NodeJS.ProcessEnv = process.env): string {
  const configured = env.JURISGRAPH_UPLOAD_DIR?.trim();
  return path.resolve(repoRoot, configured ? configured : '.data/uploads');
}

export class UploadStaging {
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

  /** Writes the sidecar: from now on any process reading this directory can commit it. */
  async keep(entry: Omit<StagedUpload, 'expiresAt'>): Promise<StagedUpload> {
    const kept: StagedUpload = { ...entry, expiresAt: this.now() + STAGING_TTL_MS };
    const sidecar = path.join(this.stagingDir, entry.id, SIDECAR);
    // Written beside and renamed: a reader sees the whole sidecar or none.
    const partial = `${sidecar}.${process.pid}.tmp`;
    await writeFile(partial, JSON.stringify(kept), { mode: 0o600 });
    await rename(partial, sidecar);
    return kept;
  }

  /** The upload, unless unknown, not yet reported, or expired. */
  async get(id: string): Promise<StagedUpload | undefined> {
    if (!STAGING_ID.test(id)) return undefined;
    const entry = await this.readSidecar(id);
    if (!entry || entry.expiresAt <= this.now()) return undefined;
    return entry;
  }

  /** Deletes what is left of the upload's directory. */
  async drop(id: string): Promise<void> {
    if (!STAGING_ID.test(id)) return;
    await rm(path.join(this.stagingDir, id), { recursive: true, force: true });
  }

  private async readSidecar(id: string): Promise<StagedUpload | undefined> {
    const text = await readFile(path.join(this.stagingDir, id, SIDECAR), 'utf8').catch(() => undefined);
    if (text === undefined) return undefined;
    try {
      return JSON.parse(text) as StagedUpload;
    } catch {
      return undefined;
    }
  }

  /**
   * Drops expired uploads (whichever process staged them), and directories without a
   * sidecar older than the TTL (a process that stopped while parsing); younger ones may
   * still be being parsed by another process.
   */
  private async sweep(): Promise<void> {
    const now = this.now();
    const folders = await readdir(this.stagingDir).catch(() => [] as string[]);
    for (const folder of folders) {
      if (!STAGING_ID.test(folder)) continue;
      const entry = await this.readSidecar(folder);
      if (entry) {
        if (entry.expiresAt <= now) await this.drop(folder);
        continue;
      }
      const info = await stat(path.join(this.stagingDir, folder)).catch(() => undefined);
      if (info && now - info.mtimeMs > STAGING_TTL_MS) await this.drop(folder);
    }
  }
}
