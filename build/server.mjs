// `npm run build:server`: the server's entry points bundled into dist/server/ for plain `node`.
//
// Why a bundle and not `tsc`: the sources import each other without extensions (tsconfig
// moduleResolution Bundler), which Node's ESM loader refuses, and type-graphql's decorators
// need the same transform tsx and vitest use. esbuild does both, one file per entry point;
// everything under node_modules stays an import (`packages: 'external'`), resolved at run
// time exactly as under tsx. Plain JavaScript here (not TypeScript) so that `npm start`
// needs no compiler to find out whether it must compile.
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const outDir = path.join(repoRoot, 'dist/server');

/**
 * Every entry point that can be built, in one place; those that exist are built. The loader
 * CLI is moving from loaders/cli.ts to cli/load.ts: whichever is there gets built.
 */
const ENTRY_POINTS = ['api/main.ts', 'cli/load.ts', 'loaders/cli.ts'];

/** What the build is made of besides the sources esbuild reports: a change here rebuilds too. */
const BUILD_INPUTS = ['build/server.mjs', 'package.json', 'tsconfig.json'];
const MANIFEST = path.join(outDir, 'build.json');
const LOCK = path.join(repoRoot, 'dist/.server-build-lock');

export const entryPoints = () => ENTRY_POINTS.filter((entry) => existsSync(path.join(repoRoot, entry)));

/** dist/server/api/main.js for api/main.ts: the output mirrors the source path. */
export const outputOf = (entry) => path.join(outDir, entry.replace(/\.ts$/, '.js'));

/**
 * Whether dist/server is missing or older than anything it was built from. The manifest lists
 * every source file esbuild read (from its metafile), so an edit to any of them, a deleted
 * file or a new entry point all count.
 */
export function staleReason() {
  if (!existsSync(MANIFEST)) return '尚未构建';
  const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8'));
  const builtAt = statSync(MANIFEST).mtimeMs;
  const added = entryPoints().filter((entry) => !manifest.entries.includes(entry));
  if (added.length > 0) return `新的入口 ${added.join('、')}`;
  for (const input of [...manifest.inputs, ...BUILD_INPUTS]) {
    const file = path.join(repoRoot, input);
    if (!existsSync(file)) return `${input} 已不存在`;
    if (statSync(file).mtimeMs > builtAt) return `${input} 已修改`;
  }
  return undefined;
}

/**
 * In a bundle every module's `import.meta.url` would be the bundle's, so paths computed from
 * it (the repository root in graph/config.ts, files next to a module) would point into
 * dist/server/. This plugin gives each bundled module the URL of its own source file,
 * relative to the bundle (so the dist/ directory can move with the checkout). Entry points
 * keep the bundle's URL: `import.meta.url === pathToFileURL(process.argv[1]).href` must hold
 * there, and only there (api/schema.ts writes the schema file when it is the entry).
 */
function moduleUrls(entryFile, outFile) {
  return {
    name: 'module-urls',
    setup(build) {
      build.onLoad({ filter: /\.ts$/ }, async (args) => {
        if (args.path === entryFile || args.path.includes(`${path.sep}node_modules${path.sep}`)) return undefined;
        const source = await readFile(args.path, 'utf8');
        if (!source.includes('import.meta')) return undefined;
        if (/import\.meta\.(dirname|filename)\b/.test(source)) {
          return {
            errors: [{ text: 'import.meta.dirname / import.meta.filename: use import.meta.url (build/server.mjs maps it to this file)' }],
          };
        }
        const relative = path.relative(path.dirname(outFile), args.path).split(path.sep).join('/');
        return {
          contents: source.replaceAll('import.meta.url', `new URL(${JSON.stringify(relative)}, import.meta.url).href`),
          loader: 'ts',
        };
      });
    },
  };
}

/** Thrown when esbuild reports errors (it has printed them already). */
export class BuildFailed extends Error {}

/** Builds every existing entry point into a fresh dist/server/; returns the entries built. */
export async function buildServer() {
  const { build } = await import('esbuild');
  const entries = entryPoints();
  rmSync(outDir, { recursive: true, force: true });
  const inputs = new Set();
  for (const entry of entries) {
    const entryFile = path.join(repoRoot, entry);
    const outFile = outputOf(entry);
    const result = await build({
      absWorkingDir: repoRoot,
      entryPoints: [entryFile],
      outfile: outFile,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      packages: 'external',
      tsconfig: path.join(repoRoot, 'tsconfig.json'),
      sourcemap: true,
      metafile: true,
      logLevel: 'warning',
      plugins: [moduleUrls(entryFile, outFile)],
    }).catch((error) => {
      throw new BuildFailed(`服务端构建失败（${entry}，esbuild 的报错见上方）：${error.errors?.length ?? '?'} 个错误`);
    });
    for (const input of Object.keys(result.metafile.inputs)) inputs.add(input);
  }
  // Written last: a manifest on disk means every bundle next to it is complete.
  writeFileSync(MANIFEST, `${JSON.stringify({ entries, inputs: [...inputs].sort() }, null, 2)}\n`);
  return entries;
}

/**
 * Builds when stale, one process at a time (parallel test workers and `npm start` share
 * dist/server): the others wait for the lock and then find the build fresh.
 */
export async function ensureServerBuilt(log = (line) => console.error(line)) {
  let reason = staleReason();
  if (!reason) return;
  let esbuildMissing = false;
  try {
    await import('esbuild');
  } catch {
    esbuildMissing = true;
  }
  if (esbuildMissing) {
    if (existsSync(MANIFEST)) {
      log(`注意：服务端构建可能已过期（${reason}），但没有安装 esbuild，无法重新构建；仍使用 dist/server 中的版本。`);
      return;
    }
    throw new Error('服务端尚未构建（没有 dist/server），也没有安装构建工具 esbuild：请在项目目录运行 npm install，再运行 npm run build。');
  }
  await withLock(async () => {
    reason = staleReason();
    if (!reason) return;
    const started = performance.now();
    log(`正在构建服务端（${reason}）…`);
    await buildServer();
    log(`服务端已构建到 dist/server（${Math.round(performance.now() - started)} ms）`);
  });
}

async function withLock(work) {
  mkdirSync(path.dirname(LOCK), { recursive: true });
  const deadline = Date.now() + 120_000;
  for (;;) {
    try {
      mkdirSync(LOCK);
      break;
    } catch (error) {
      if (error.code !== 'EEXIST') throw error;
      // A lock left by a killed build is older than any real build takes.
      if (Date.now() - statSync(LOCK, { throwIfNoEntry: false })?.mtimeMs > 120_000) rmSync(LOCK, { recursive: true, force: true });
      if (Date.now() > deadline) throw new Error(`等待服务端构建超时：另一个进程持有 ${path.relative(repoRoot, LOCK)}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  try {
    await work();
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const started = performance.now();
  let entries = [];
  try {
    await withLock(async () => {
      entries = await buildServer();
    });
  } catch (error) {
    if (!(error instanceof BuildFailed)) throw error;
    console.error(error.message);
    process.exit(1);
  }
  const outputs = entries.map((entry) => path.relative(repoRoot, outputOf(entry))).join('、');
  console.log(`服务端已构建：${outputs}（${Math.round(performance.now() - started)} ms）`);
}
