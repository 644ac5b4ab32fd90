// Progress of a streamed load on stderr: files done/total, rows written, rows/s and ETA.
// A person at a terminal gets a cli-progress bar; a log file (not a TTY) gets one line every
// ~10 s or every 5 % of the files, whichever comes first, so a country's log stays readable.
import { SingleBar } from 'cli-progress';

export interface ProgressState {
  filesDone: number;
  filesTotal: number;
  rowsWritten: number;
}

export interface LoadProgress {
  update: (state: ProgressState) => void;
  stop: () => void;
}

const LINE_EVERY_MS = 10_000;
const LINE_EVERY_FRACTION = 0.05;

function duration(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  return h > 0 ? `${h} 小时 ${m} 分` : m > 0 ? `${m} 分 ${s % 60} 秒` : `${s} 秒`;
}

/** rows/s over the whole run and the time left, from the share of files done. */
export function rates(state: ProgressState, elapsedMs: number): { rowsPerSecond: number; eta: string } {
  const rowsPerSecond = elapsedMs > 0 ? Math.round((state.rowsWritten * 1000) / elapsedMs) : 0;
  const left = state.filesDone > 0 ? (elapsedMs * (state.filesTotal - state.filesDone)) / state.filesDone : Number.NaN;
  return { rowsPerSecond, eta: Number.isFinite(left) ? duration(left) : '计算中' };
}

/** The non-TTY line: `进度 120/1720 个文件（7%），已写入 18000 行，2950 行/秒，预计剩余 9 分 2 秒`. */
export function progressLine(state: ProgressState, elapsedMs: number): string {
  const { rowsPerSecond, eta } = rates(state, elapsedMs);
  const percent = state.filesTotal > 0 ? Math.floor((state.filesDone * 100) / state.filesTotal) : 100;
  return `进度 ${state.filesDone}/${state.filesTotal} 个文件（${percent}%），已写入 ${state.rowsWritten} 行，${rowsPerSecond} 行/秒，预计剩余 ${eta}`;
}

export function loadProgress(
  filesTotal: number,
  out: { isTTY?: boolean; write: (line: string) => void; stream?: NodeJS.WritableStream },
  now: () => number = () => performance.now(),
): LoadProgress {
  const started = now();
  if (out.isTTY && out.stream) {
    const bar = new SingleBar({
      stream: out.stream,
      format: '导入 [{bar}] {value}/{total} 个文件 | 已写入 {rows} 行 | {rate} 行/秒 | 预计剩余 {left}',
      hideCursor: true,
    });
    bar.start(filesTotal, 0, { rows: 0, rate: 0, left: '计算中' });
    return {
      update: (state) => {
        const { rowsPerSecond, eta } = rates(state, now() - started);
        bar.update(state.filesDone, { rows: state.rowsWritten, rate: rowsPerSecond, left: eta });
      },
      stop: () => bar.stop(),
    };
  }
  let lastAt = started;
  let lastFiles = 0;
  const step = Math.max(1, Math.ceil(filesTotal * LINE_EVERY_FRACTION));
  return {
    update: (state) => {
      const at = now();
      if (at - lastAt < LINE_EVERY_MS && state.filesDone - lastFiles < step && state.filesDone < filesTotal) return;
      lastAt = at;
      lastFiles = state.filesDone;
      out.write(progressLine(state, at - started));
    },
    stop: () => undefined,
  };
}
