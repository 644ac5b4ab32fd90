import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, repoRoot } from '../../../graph/config.js';

describe('loadConfig', () => {
  it('defaults to the local Neo4j on 7687 and the server on 127.0.0.1:4000', () => {
    const config = loadConfig({});
    expect(config.external).toBeUndefined();
    expect(config.local).toEqual({ port: 7687, dataDir: `${repoRoot}/.data/neo4j` });
    expect(config.server).toEqual({ port: 4000, host: '127.0.0.1' });
  });

  it('uses an external Neo4j when NEO4J_URI is set, blank values counting as unset', () => {
    const config = loadConfig({
      NEO4J_URI: 'neo4j+s://abc.databases.neo4j.io',
      NEO4J_USERNAME: 'neo4j',
      NEO4J_PASSWORD: 's',
      NEO4J_DATABASE: ' ',
    });
    expect(config.external).toEqual({ uri: 'neo4j+s://abc.databases.neo4j.io', username: 'neo4j', password: 's', database: undefined });
    expect(loadConfig({ NEO4J_URI: '' }).external).toBeUndefined();
  });

  it.each([
    ['PORT', 'abc'],
    ['PORT', '70000'],
    ['NEO4J_LOCAL_PORT', '1.5'],
    ['NEO4J_URI', 'http://localhost:7474'],
  ])('names the variable in the message when %s=%s', (name, value) => {
    const attempt = () => loadConfig({ [name]: value });
    expect(attempt).toThrow(ConfigError);
    expect(attempt).toThrow(new RegExp(`${name}="${value.replace('.', '\\.')}"：`));
  });

  it('asks for a username when only a password is given', () => {
    expect(() => loadConfig({ NEO4J_URI: 'bolt://x:7687', NEO4J_PASSWORD: 'p' })).toThrow(/NEO4J_USERNAME/);
  });
});
