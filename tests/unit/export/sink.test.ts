// Back-pressure: an export goes at its reader's pace. A write to a full stream waits for it
// to drain; a stream that closes (a download cancelled, `| head`) refuses further writes
// instead of leaving the export waiting for ever.
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { bufferedSink, streamSink } from '../../../graph/export/sink.js';

/** A writable that holds each chunk until `release` is called. */
function slowWritable() {
  const received: string[] = [];
  let release: (() => void) | undefined;
  const stream = new Writable({
    highWaterMark: 4,
    write(chunk: Buffer, _encoding, callback) {
      received.push(chunk.toString('utf8'));
      release = () => callback();
    },
  });
  return { stream, received, release: () => release?.() };
}

describe('export sinks', () => {
  it('a write to a full stream resolves only once it drains', async () => {
    const { stream, received, release } = slowWritable();
    let done = false;
    const writing = streamSink(stream)
      .write('超过高水位的一段文字')
      .then(() => {
        done = true;
      });
    await new Promise((r) => setTimeout(r, 20));
    expect(received).toEqual(['超过高水位的一段文字']);
    expect(done).toBe(false);
    release();
    await writing;
    expect(done).toBe(true);
  });

  it('a stream closed while a write waits rejects it, and every later write', async () => {
    const { stream } = slowWritable();
    const sink = streamSink(stream);
    const waiting = sink.write('超过高水位的一段文字');
    stream.destroy();
    await expect(waiting).rejects.toThrow('输出已关闭');
    await expect(sink.write('x')).rejects.toThrow('输出已关闭');
  });

  it('buffers small writes into chunks and sends the rest on flush', async () => {
    const chunks: string[] = [];
    const sink = bufferedSink({ write: async (text) => void chunks.push(text) }, 10);
    for (const row of ['abc', 'def', 'ghij', 'k']) await sink.write(row);
    expect(chunks).toEqual(['abcdefghij']);
    await sink.flush();
    expect(chunks).toEqual(['abcdefghij', 'k']);
    await sink.flush();
    expect(chunks).toHaveLength(2);
  });
});
