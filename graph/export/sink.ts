// Where an export's text goes: standard output, a file, an HTTP response. `write` resolves
// when the destination has taken the text (its buffer drained), so a national export streams
// at the pace of its reader and never sits whole in memory.
export interface TextSink {
  write(text: string): Promise<void>;
}

/** A sink over a Node writable stream, honouring back-pressure; rejects once the stream is gone. */
export function streamSink(stream: NodeJS.WritableStream & { destroyed?: boolean; writableEnded?: boolean }): TextSink {
  return {
    write(text) {
      if (stream.destroyed || stream.writableEnded) return Promise.reject(new Error('输出已关闭（下载被中断或管道已关闭）'));
      if (stream.write(text)) return Promise.resolve();
      return new Promise<void>((resolve, reject) => {
        const done = (error?: Error) => {
          stream.off('drain', onDrain);
          stream.off('close', onClose);
          stream.off('error', onError);
          if (error) reject(error);
          else resolve();
        };
        const onDrain = () => done();
        const onClose = () => done(new Error('输出已关闭（下载被中断或管道已关闭）'));
        const onError = (error: Error) => done(error);
        stream.on('drain', onDrain);
        stream.on('close', onClose);
        stream.on('error', onError);
      });
    },
  };
}

/** Collects small writes (a row each) into chunks of about `size` characters; `flush` sends the rest. */
export function bufferedSink(sink: TextSink, size = 64 * 1024): TextSink & { flush(): Promise<void> } {
  let pending: string[] = [];
  let length = 0;
  const flush = async () => {
    if (length === 0) return;
    const chunk = pending.join('');
    pending = [];
    length = 0;
    await sink.write(chunk);
  };
  return {
    async write(text) {
      pending.push(text);
      length += text.length;
      if (length >= size) await flush();
    },
    flush,
  };
}
