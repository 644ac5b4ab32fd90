// Writes the hostile files into a directory, for measuring them one by one
// (`npx tsx tests/unit/fuzz/write-hostile.ts DIR`, then `/usr/bin/time -v npm run load -- --dry-run DIR/x`).
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { HOSTILE_FILES, protoElementDocx } from '../loaders/hostile-files';

const dir = process.argv[2] ?? 'hostile';
mkdirSync(dir, { recursive: true });
for (const h of [...HOSTILE_FILES, { name: 'proto_element.docx', build: protoElementDocx }]) {
  const bytes = await h.build();
  writeFileSync(path.join(dir, h.name), bytes);
  process.stdout.write(`${h.name}\t${bytes.length}\n`);
}
