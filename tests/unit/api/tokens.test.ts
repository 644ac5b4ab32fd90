import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { credentialsFor } from '../../../api/auth/credentials.js';
import { TokenStore } from '../../../api/auth/tokens.js';
import { trustProxySetting } from '../../../api/auth/address.js';
import { allowedOrigins } from '../../../api/auth/origin.js';
import { uploadName } from '../../../api/upload/upload-name.js';
import { hashToken, newToken, parseTokenEnv, readTokenFile, TokenConfigError, writeTokenFile } from '../../../cli/token-file.js';
import { runTokenCli } from '../../../cli/token.js';

const tempFile = () => path.join(mkdtempSync(path.join(os.tmpdir(), 'jg-tokens-')), 'tokens.json');
const record = (name: string, role: 'editor' | 'reader', token: string) => ({ name, role, sha256: hashToken(token), createdAt: 'now' });

describe('tokens', () => {
  it('are 256 random bits, base64url, prefixed, and hashed with sha256 hex', () => {
    const a = newToken();
    expect(a).toMatch(/^jg_[A-Za-z0-9_-]{43}$/);
    expect(newToken()).not.toBe(a);
    expect(hashToken('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('parse JURISGRAPH_TOKENS as name:role:sha256 entries and refuse anything else, naming the entry', () => {
    const sha = hashToken('t');
    expect(parseTokenEnv(` ops:editor:${sha.toUpperCase()} , audit:reader:${hashToken('u')},`)).toEqual([
      { name: 'ops', role: 'editor', sha256: sha, createdAt: 'env' },
      { name: 'audit', role: 'reader', sha256: hashToken('u'), createdAt: 'env' },
    ]);
    expect(parseTokenEnv(undefined)).toEqual([]);
    expect(() => parseTokenEnv(`ops:admin:${sha}`)).toThrow(/ops:admin/);
    // A plain token where the hash belongs is refused, not hashed on the operator's behalf.
    expect(() => parseTokenEnv('ops:editor:jg_plaintoken')).toThrow(TokenConfigError);
    expect(() => parseTokenEnv(`ops:editor:${sha}:extra`)).toThrow(/多余/);
    expect(() => parseTokenEnv(`ops:editor:${sha},ops:reader:${sha}`)).toThrow(/重复/);
  });

  it('are written to a file only its owner can read, and a broken file is refused with its name', () => {
    const file = tempFile();
    writeTokenFile(file, [record('a', 'editor', 'x')]);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readTokenFile(file)).toEqual([record('a', 'editor', 'x')]);
    expect(readFileSync(file, 'utf8')).not.toContain('"x"');
    writeFileSync(file, '[{"name":"a","role":"root","sha256":"00","createdAt":"x"}]');
    expect(() => readTokenFile(file)).toThrow(file);
    writeFileSync(file, '{not json');
    expect(() => readTokenFile(file)).toThrow(/不是有效的 JSON/);
    expect(readTokenFile(`${file}.missing`)).toEqual([]);
  });
});

describe('TokenStore', () => {
  it('finds the actor of a stored token, from the file and from the environment', () => {
    const file = tempFile();
    writeTokenFile(file, [record('alice', 'editor', 'tok-a'), record('bob', 'reader', 'tok-b')]);
    const store = new TokenStore(file, `env-op:editor:${hashToken('tok-e')}`);
    expect(store.lookup('tok-a')).toEqual({ name: 'alice', role: 'editor' });
    expect(store.lookup('tok-b')).toEqual({ name: 'bob', role: 'reader' });
    expect(store.lookup('tok-e')).toEqual({ name: 'env-op', role: 'editor' });
    expect(store.lookup('tok-c')).toBeUndefined();
    expect(store.lookup(hashToken('tok-a'))).toBeUndefined();
  });

  it('re-reads the file when it changes: a revoked token stops working without a restart', () => {
    const file = tempFile();
    writeTokenFile(file, [record('alice', 'editor', 'tok-a')]);
    const store = new TokenStore(file, undefined);
    expect(store.lookup('tok-a')?.name).toBe('alice');
    writeTokenFile(file, [record('carol', 'editor', 'tok-c')]);
    expect(store.lookup('tok-a')).toBeUndefined();
    expect(store.lookup('tok-c')?.name).toBe('carol');
  });

  it('refuses a bad file at start, and fails closed (no file tokens) when it turns bad later', () => {
    const file = tempFile();
    writeFileSync(file, 'garbage');
    expect(() => new TokenStore(file, undefined)).toThrow(TokenConfigError);
    writeTokenFile(file, [record('alice', 'editor', 'tok-a')]);
    const errors: unknown[] = [];
    const store = new TokenStore(file, `env-op:editor:${hashToken('tok-e')}`, (e) => errors.push(e));
    writeFileSync(file, '[{"name": "alice", "role": "editor"}, "broken"]');
    expect(store.lookup('tok-a')).toBeUndefined();
    expect(store.lookup('tok-e')?.name).toBe('env-op');
    expect(errors).toHaveLength(1);
  });
});

describe('credentialsFor', () => {
  const file = tempFile();
  writeTokenFile(file, [record('alice', 'editor', 'jg_good')]);
  const store = new TokenStore(file, undefined);
  const tokens = () => store;

  it('tells no header, an unknown or malformed one, and a known token apart', () => {
    expect(credentialsFor(undefined, tokens)).toEqual({ kind: 'none' });
    expect(credentialsFor('  ', tokens)).toEqual({ kind: 'none' });
    expect(credentialsFor('Bearer jg_good', tokens)).toEqual({ kind: 'token', actor: { name: 'alice', role: 'editor' } });
    expect(credentialsFor('bearer   jg_good ', tokens)).toEqual({ kind: 'token', actor: { name: 'alice', role: 'editor' } });
    expect(credentialsFor('Bearer jg_bad', tokens)).toEqual({ kind: 'invalid' });
    expect(credentialsFor('Basic YWxpY2U6eA==', tokens)).toEqual({ kind: 'invalid' });
    expect(credentialsFor('Bearer jg_good extra', tokens)).toEqual({ kind: 'invalid' });
    expect(credentialsFor('jg_good', tokens)).toEqual({ kind: 'invalid' });
  });
});

describe('the operator settings of writes', () => {
  it('TRUST_PROXY: off unless set, hops or addresses, never "trust everyone"', () => {
    expect(trustProxySetting({})).toBe(false);
    expect(trustProxySetting({ TRUST_PROXY: '1' })).toBe(1);
    expect(trustProxySetting({ TRUST_PROXY: 'loopback, 10.0.0.0/8' })).toEqual(['loopback', '10.0.0.0/8']);
    expect(() => trustProxySetting({ TRUST_PROXY: 'true' })).toThrow(/TRUST_PROXY/);
  });

  it('ALLOWED_ORIGINS: origins only, no paths', () => {
    expect(allowedOrigins({ ALLOWED_ORIGINS: 'https://Gov.example.cn, http://10.1.2.3:8080' })).toEqual(
      new Set(['https://gov.example.cn', 'http://10.1.2.3:8080']),
    );
    expect(() => allowedOrigins({ ALLOWED_ORIGINS: 'https://gov.example.cn/page' })).toThrow(/ALLOWED_ORIGINS/);
  });
});

describe('uploadName', () => {
  it('keeps a plain list name and the last segment of a path', () => {
    expect(uploadName('蒸湘区卫生局责任清单.docx')).toBe('蒸湘区卫生局责任清单.docx');
    expect(uploadName('C:\\fakepath\\list.XLSX')).toBe('list.XLSX');
    expect(uploadName('../../etc/list.txt')).toBe('list.txt');
    expect(uploadName(' a\u0000b.csv ')).toBe('ab.csv');
  });

  it('refuses hidden, empty, overlong and unknown-format names with a Chinese message', () => {
    for (const bad of [undefined, '', '..', '../..', '.tokens.txt', 'x/', `${'长'.repeat(90)}.txt`, 'list.pdf', 'list', 'list.txt.exe']) {
      expect(() => uploadName(bad), String(bad)).toThrow(/文件|缺少/);
    }
    expect(() => uploadName('list.pdf')).toThrow(/不支持的文件类型 “.pdf”/);
  });
});

describe('npm run token', () => {
  const io = (file: string) => {
    const out: string[] = [];
    const err: string[] = [];
    return { out, err, io: { out: (l: string) => out.push(l), err: (l: string) => err.push(l), env: { JURISGRAPH_TOKENS_FILE: file } } };
  };

  it('prints a new token once on stdout, stores only its hash, lists and revokes', () => {
    const file = tempFile();
    const created = io(file);
    expect(runTokenCli(['create', 'alice'], created.io)).toBe(0);
    const [token] = created.out;
    expect(token).toMatch(/^jg_/);
    expect(readFileSync(file, 'utf8')).not.toContain(token);
    expect(new TokenStore(file, undefined).lookup(token!)).toEqual({ name: 'alice', role: 'editor' });
    expect(runTokenCli(['create', 'bob', '--role', 'reader'], io(file).io)).toBe(0);
    expect(runTokenCli(['create', 'alice'], io(file).io)).toBe(1);
    expect(runTokenCli(['create', 'eve', '--role', 'admin'], io(file).io)).toBe(2);
    const listed = io(file);
    expect(runTokenCli(['list'], listed.io)).toBe(0);
    expect(listed.out.map((l) => l.split('\t').slice(0, 2).join(' '))).toEqual(['alice editor', 'bob reader']);
    expect(runTokenCli(['revoke', 'alice'], io(file).io)).toBe(0);
    expect(new TokenStore(file, undefined).lookup(token!)).toBeUndefined();
    expect(runTokenCli(['revoke', 'alice'], io(file).io)).toBe(1);
  });
});
