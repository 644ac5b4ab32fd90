// Which address a request comes from. By default the socket's peer: X-Forwarded-For is
// anyone's to write, so it is believed only when the operator says a proxy sits in front
// (TRUST_PROXY), and then only as far as that proxy. Nothing trusts "the local network".
import { ConfigError } from '../../graph/config.js';

/**
 * TRUST_PROXY → Express's 'trust proxy' setting: unset = false (the socket's address);
 * a number = that many proxy hops; otherwise a comma-separated list of proxy addresses or
 * subnets (`loopback`, `10.0.0.0/8`, `127.0.0.1`). `true` (believe any header) is refused:
 * any client could then choose its own address in the audit log and the rate limits.
 */
export function trustProxySetting(env: NodeJS.ProcessEnv = process.env): false | number | string[] {
  const value = env.TRUST_PROXY?.trim();
  if (value === undefined || value === '' || value === 'false' || value === '0') return false;
  if (/^\d+$/.test(value)) return Number(value);
  if (value === 'true') {
    throw new ConfigError(
      'TRUST_PROXY=true 会相信任何人伪造的 X-Forwarded-For：请写代理的跳数（如 1）或代理地址（如 127.0.0.1、10.0.0.0/8）',
    );
  }
  return value
    .split(',')
    .map((v) => v.trim())
    .filter((v) => v !== '');
}
