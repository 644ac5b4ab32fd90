// The load generators' HTTP client (bench/api.ts, bench/alias.ts, the reload readers):
// node:http with a keep-alive agent, as lean as a bench client should be (fetch costs
// ~0.5 ms more per request here, on both sides of a ratio that has HTTP on one side only).
import http from 'node:http';

export interface PostedGraphql {
  status: number;
  body: string;
}

/** POSTs a GraphQL request; `agent` keeps sockets alive across calls. */
export function postGraphql(
  url: string,
  query: string,
  variables: Record<string, unknown>,
  agent: http.Agent,
  retried = false,
): Promise<PostedGraphql> {
  const target = new URL(url);
  const payload = JSON.stringify({ query, variables });
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: target.hostname,
        port: target.port,
        path: target.pathname,
        method: 'POST',
        agent,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) },
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on('error', (error: NodeJS.ErrnoException) => {
      // The server closed a kept-alive socket (idle past its keepAliveTimeout) just as we
      // reused it: send once more on a new one (Node's docs for request.reusedSocket).
      if (!retried && req.reusedSocket && error.code === 'ECONNRESET')
        postGraphql(url, query, variables, agent, true).then(resolve, reject);
      else reject(error);
    });
    req.end(payload);
  });
}
