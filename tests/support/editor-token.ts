// Tokens for tests that write through the API. The in-process test server
// (tests/integration/api/client.ts) and a server child (tests/support/mainProcess.ts) read
// their tokens from JURISGRAPH_TOKENS_FILE; these helpers point it at a temp file of this
// test file's own, so no test depends on the operator's .data/tokens.json.
//
//   const token = editorToken();                  // before the server starts
//   await fetch(`${url}/graphql`, { headers: { ...bearer(token), 'content-type': 'application/json' }, … })
//
// Tokens added later are seen by a running server too (it re-reads the file when it changes).
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { hashToken, newToken, type Role, readTokenFile, writeTokenFile } from '../../cli/token-file.js';

let file: string | undefined;

/** This test file's token file (created empty on first use) and JURISGRAPH_TOKENS_FILE pointing at it. */
export function testTokenFile(): string {
  if (!file) {
    file = path.join(mkdtempSync(path.join(os.tmpdir(), 'jurisgraph-tokens-')), 'tokens.json');
    writeTokenFile(file, []);
  }
  process.env.JURISGRAPH_TOKENS_FILE = file;
  return file;
}

/** A fresh token with `role`, stored (hashed) under `name` in the test token file; returns the token. */
export function addTestToken(name: string, role: Role): string {
  const tokens = testTokenFile();
  const token = newToken();
  const records = readTokenFile(tokens).filter((r) => r.name !== name);
  writeTokenFile(tokens, [...records, { name, role, sha256: hashToken(token), createdAt: new Date().toISOString() }]);
  return token;
}

/** An editor token (name `test-editor` unless given). */
export function editorToken(name = 'test-editor'): string {
  return addTestToken(name, 'editor');
}

/** A reader token: valid, but may not write. */
export function readerToken(name = 'test-reader'): string {
  return addTestToken(name, 'reader');
}

/** Removes `name` from the test token file (a revoked token). */
export function revokeTestToken(name: string): void {
  const tokens = testTokenFile();
  writeTokenFile(
    tokens,
    readTokenFile(tokens).filter((r) => r.name !== name),
  );
}

/** The Authorization header for `token`. */
export function bearer(token: string): { authorization: string } {
  return { authorization: `Bearer ${token}` };
}
