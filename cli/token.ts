// `npm run token -- create <name> [--role editor|reader]`, `list`, `revoke <name>`: the
// operator's tokens in JURISGRAPH_TOKENS_FILE (default .data/tokens.json, mode 0600).
// A token is printed once, when it is created; only its sha256 is stored. A running server
// re-reads the file when it changes, so a revocation takes effect at the next request.
import { pathToFileURL } from 'node:url';
import { Command, CommanderError, Option } from 'commander';
import { ZodError } from 'zod';
import { hashToken, newToken, ROLES, type Role, readTokenFile, TokenConfigError, tokensFilePath, writeTokenFile } from './token-file.js';

export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

export interface TokenCliIo {
  /** The token itself, and nothing else, goes to stdout (so `$(npm run -s token -- create x)` captures it). */
  out: (line: string) => void;
  err: (line: string) => void;
  env: NodeJS.ProcessEnv;
}

const defaultIo: TokenCliIo = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  env: process.env,
};

export function runTokenCli(argv: string[], io: TokenCliIo = defaultIo): number {
  const file = tokensFilePath(io.env);
  const program = new Command()
    .name('npm run token --')
    .description('管理写入令牌（只保存令牌的 sha256）')
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.err(s.trimEnd()), writeErr: (s) => io.err(s.trimEnd()) });
  program
    .command('create <name>')
    .description('生成新令牌，只显示这一次')
    .addOption(new Option('--role <role>', '角色').choices(ROLES).default('editor'))
    .action((name: string, options: { role: Role }) => {
      const records = readTokenFile(file);
      if (records.some((r) => r.name === name)) throw new TokenConfigError(`令牌 “${name}” 已存在；先吊销（revoke）再重新生成`);
      const token = newToken();
      writeTokenFile(file, [...records, { name, role: options.role, sha256: hashToken(token), createdAt: new Date().toISOString() }]);
      io.err(`已生成令牌 “${name}”（${options.role}），保存在 ${file}。令牌只显示这一次，请妥善保管：`);
      io.out(token);
    });
  program
    .command('list')
    .description('列出令牌（名称、角色、创建时间）')
    .action(() => {
      const records = readTokenFile(file);
      if (records.length === 0) io.err(`${file} 中没有令牌`);
      for (const r of records) io.out(`${r.name}\t${r.role}\t${r.createdAt}`);
    });
  program
    .command('revoke <name>')
    .description('吊销令牌（运行中的服务在下一次请求时生效）')
    .action((name: string) => {
      const records = readTokenFile(file);
      if (!records.some((r) => r.name === name)) throw new TokenConfigError(`没有名为 “${name}” 的令牌`);
      writeTokenFile(
        file,
        records.filter((r) => r.name !== name),
      );
      io.err(`已吊销令牌 “${name}”`);
    });
  try {
    program.parse(argv, { from: 'user' });
    return EXIT.ok;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.code === 'commander.helpDisplayed' ? EXIT.ok : EXIT.usage;
    }
    if (error instanceof TokenConfigError) {
      io.err(error.message);
      return EXIT.failed;
    }
    // A zod refusal of the name (tokenFileSchema) reads as the operator's mistake too.
    if (error instanceof ZodError) {
      io.err(`令牌名称无效：只能包含字母、数字、_ . @ -，最多 64 个字符`);
      return EXIT.failed;
    }
    throw error;
  }
}

const isEntry = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (isEntry) process.exitCode = runTokenCli(process.argv.slice(2));
