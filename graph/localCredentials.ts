// The Bolt credentials of the project's local Neo4j. The launcher (graph/launcher,
// Credentials.java) generates a password at the first start of a data dir and keeps it in
// `credentials.json` there, readable by the owner only; every client of ours (the server,
// `npm run load`, tests, benches) reads it from there, so nobody types it and it is never
// logged. NEO4J_USERNAME/NEO4J_PASSWORD are for NEO4J_URI only.
import { readFileSync } from 'node:fs';
import path from 'node:path';

export const CREDENTIALS_FILE = 'credentials.json';

export interface LocalCredentials {
  username: string;
  password: string;
}

/** The credentials in `dataDir`, or undefined when the file is missing or unreadable. */
export function readLocalCredentials(dataDir: string): LocalCredentials | undefined {
  try {
    const parsed = JSON.parse(readFileSync(path.join(dataDir, CREDENTIALS_FILE), 'utf8')) as Partial<LocalCredentials>;
    return typeof parsed.username === 'string' && typeof parsed.password === 'string'
      ? { username: parsed.username, password: parsed.password }
      : undefined;
  } catch {
    return undefined;
  }
}
