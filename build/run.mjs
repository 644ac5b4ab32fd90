// `npm start`, `npm run api`, `npm run load`: runs a server entry point from its bundle in
// dist/server/ with plain node, building it first when it is missing or older than its sources.
//   node build/run.mjs api/main.ts [arguments…]
// (A deployment that built once can also run the bundle directly: node dist/server/api/main.js.)
import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ensureServerBuilt, entryPoints, outputOf, repoRoot } from './server.mjs';

const [entry, ...args] = process.argv.slice(2);
if (!entry || !entryPoints().includes(entry)) {
  console.error(`用法：node build/run.mjs <入口> [参数…]，入口为 ${entryPoints().join('、')} 之一（收到 ${entry ?? '无'}）`);
  process.exit(2);
}
try {
  await ensureServerBuilt();
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
const bundle = outputOf(entry);
if (!existsSync(bundle)) {
  console.error(`没有找到 ${path.relative(repoRoot, bundle)}：请运行 npm run build`);
  process.exit(1);
}
// Stack traces in the logs name the TypeScript lines (the bundle carries a source map).
process.setSourceMapsEnabled(true);
// The bundle sees the command line it would see if started directly: node <bundle> [arguments…].
process.argv = [process.argv[0], bundle, ...args];
await import(pathToFileURL(bundle).href);
