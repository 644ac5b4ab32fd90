// `npm run export` refuses what it cannot do before it opens the graph: exit 2 and a Chinese
// message naming the problem.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EXIT, runExportCli } from '../../../cli/export.js';

function stderrOf(): { text: () => string } {
  const lines: string[] = [];
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    lines.push(String(chunk));
    return true;
  });
  return { text: () => lines.join('') };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('npm run export: usage', () => {
  it.each([
    [[], '缺少 --format'],
    [['--format', 'xml'], '参数取值无效'],
    [['--format', 'csv', '--table', 'people'], '未知的表：people'],
    [['--format', 'json', '--table', 'agencies'], '--table 只用于 CSV'],
    [['--format', 'json', '--verbose'], '未知选项：--verbose'],
  ])('%j exits 2: %s', async (argv, message) => {
    const err = stderrOf();
    expect(await runExportCli(argv)).toBe(EXIT.usage);
    expect(err.text()).toContain(message);
    expect(err.text()).toContain('用法：npm run export --');
  });
});
