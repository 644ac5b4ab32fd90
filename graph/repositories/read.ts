// Runs a read query (READ session, through the one driver) and returns plain rows.
import { readQuery } from '../driver.js';

export type Row = Record<string, unknown>;

export async function readRows(cypher: string, params: Row = {}): Promise<Row[]> {
  return (await readQuery(cypher, params)).map((r) => r.toObject() as Row);
}
