// The Authorization header → Credentials, once per request (api/context.ts).
import type { Credentials } from './actor.js';
import { logger } from '../logger.js';
import { tokensFilePath } from '../../cli/token-file.js';
import { TokenStore } from './tokens.js';

let store: TokenStore | undefined;

/**
 * The process's token store, built at the first use from JURISGRAPH_TOKENS_FILE and
 * JURISGRAPH_TOKENS. api/server.ts calls it at start so a bad configuration stops the server.
 */
export function tokenStore(): TokenStore {
  store ??= new TokenStore(tokensFilePath(), process.env.JURISGRAPH_TOKENS, (error) =>
    logger.error({ err: error }, '令牌文件无效，在修正之前不接受文件中的任何令牌'),
  );
  return store;
}

const BEARER = /^Bearer[ \t]+([\x21-\x7e]{1,512})[ \t]*$/i;

export function credentialsFor(authorization: string | undefined, tokens: () => TokenStore = tokenStore): Credentials {
  if (authorization === undefined || authorization.trim() === '') return { kind: 'none' };
  const match = BEARER.exec(authorization);
  if (!match) return { kind: 'invalid' };
  const actor = tokens().lookup(match[1]!);
  return actor ? { kind: 'token', actor } : { kind: 'invalid' };
}
