// Who is asking: the operator's name for a token and the role it was given. Reads need
// no actor; every write needs one with the editor role (api/auth/editor.ts).
import type { Role } from '../../cli/token-file.js';

export type { Role } from '../../cli/token-file.js';

export interface Actor {
  /** The operator's label for the token (never the token itself). */
  name: string;
  role: Role;
}

/** What the Authorization header proved: nothing sent, a token we do not know, or a known token. */
export type Credentials = { kind: 'none' } | { kind: 'invalid' } | { kind: 'token'; actor: Actor };
