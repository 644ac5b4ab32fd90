// No server path in open data: documents are keyed by their resolved path on the server
// (graph/writer.ts), and fact keys, list keys and finding ids start with or contain that key.
// An export names a document by its file name only, as the API does (api/server-paths.ts),
// which graph/ cannot import; this is the same rule for data read straight from the graph.

/** The last segment of a path written with / or \ (a document loaded on Windows). */
export function fileName(file: string): string {
  const cut = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
  return cut < 0 ? file : file.slice(cut + 1);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Rewrites the stored document keys (server paths) inside any text to their file names. */
export class DocumentNames {
  private readonly names: Map<string, string>;
  private readonly anywhere: RegExp | null;

  constructor(documentKeys: readonly string[]) {
    this.names = new Map(documentKeys.filter((k) => k !== '').map((k) => [k, fileName(k)]));
    // Longest first, so a key that is a prefix of another does not cut it short.
    const keys = [...this.names.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
    this.anywhere = keys.length ? new RegExp(keys.join('|'), 'g') : null;
  }

  /** A fact or list key (`<docKey>#L0#M3#A1`): the document part as its file name. Fast: no search. */
  key(key: string): string {
    const cut = key.indexOf('#');
    const doc = cut < 0 ? key : key.slice(0, cut);
    const name = this.names.get(doc);
    return name === undefined ? this.text(key) : name + key.slice(doc.length);
  }

  keyOrNull(key: string | null): string | null {
    return key === null ? null : this.key(key);
  }

  /** Any text (an overlap finding's id): every stored document key in it replaced. */
  text(text: string): string {
    return this.anywhere ? text.replace(this.anywhere, (k) => this.names.get(k) ?? k) : text;
  }
}
