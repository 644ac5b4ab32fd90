// Which files `npm run load` reads: the files named, every document under a directory named
// (recursively), and the paths listed in a `--files-from` file (a country is 17,000 paths,
// more than a command line holds). The result is in sorted path order, so a rerun forms the
// same units of work and a resumed load picks up where the first one stopped.
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';

/** The formats the loader reads (loaders/read): a directory contributes only these. */
export const DOCUMENT_EXTENSIONS = ['.txt', '.docx', '.xlsx', '.csv'] as const;

function isDocument(file: string): boolean {
  return (DOCUMENT_EXTENSIONS as readonly string[]).includes(path.extname(file).toLowerCase());
}

async function documentsUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile() && isDocument(e.name)).map((e) => path.join(e.parentPath, e.name));
}

/** One path a line; blank lines and lines starting with # are skipped; relative paths are relative to the list. */
export async function pathsFromList(listFile: string): Promise<string[]> {
  const text = await readFile(listFile, 'utf8');
  const base = path.dirname(listFile);
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map((line) => (path.isAbsolute(line) ? line : path.join(base, line)));
}

/**
 * Expands directories; a named file that does not exist is kept as it is, so the loader
 * reports it as unreadable (FILE_UNREADABLE) like before. Sorted by path, duplicates once.
 */
export async function expandLoadPaths(args: string[], listFile?: string): Promise<string[]> {
  const named = [...args, ...(listFile ? await pathsFromList(listFile) : [])];
  const files: string[] = [];
  for (const arg of named) {
    const info = await stat(arg).catch(() => null);
    if (info?.isDirectory()) files.push(...(await documentsUnder(arg)));
    else files.push(arg);
  }
  return [...new Set(files)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
