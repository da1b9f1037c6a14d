import { Presets, SingleBar } from 'cli-progress';
import type { OnProgress } from '../common/progress/progress';

/** A command's progress display: pass `update` down to the service, call `stop` when it is over. */
export interface Progress {
  update: OnProgress;
  stop(): void;
}

interface Phase {
  name: string;
  started: number;
  done: number;
  total: number;
}

const rate = (p: Phase) => Math.round(p.done / Math.max(0.001, (Date.now() - p.started) / 1000));

/**
 * Progress of `label` on stderr (stdout keeps the command's result): a bar with rows per second on a
 * terminal; otherwise (CI, logs) a plain line every PROGRESS_INTERVAL_MS (2 s by default) and a
 * final line per phase. Lines are written from `update` itself, because an import's transaction
 * holds the event loop, so a timer would not fire until it is over.
 */
export function createProgress(label: string, stream: NodeJS.WriteStream = process.stderr): Progress {
  const intervalMs = Number(process.env.PROGRESS_INTERVAL_MS ?? 2000);
  const bar = stream.isTTY
    ? new SingleBar({ stream, format: `${label} {phase} [{bar}] {value}/{total} 行 | {rate} 行/秒 | {duration_formatted}`, hideCursor: true }, Presets.shades_classic)
    : undefined;
  let phase: Phase | undefined;
  let lastLine = 0;
  const title = (p: Phase) => `${label}${p.name ? ` ${p.name}` : ''}`;
  const finish = () => {
    if (!phase) return;
    if (bar) bar.stop();
    else stream.write(`${title(phase)}：完成 ${phase.done}/${phase.total} 行，${rate(phase)} 行/秒，用时 ${((Date.now() - phase.started) / 1000).toFixed(1)} 秒\n`);
    phase = undefined;
  };
  const update: OnProgress = (done, total, name = '') => {
    if (phase && phase.name !== name) finish();
    if (!phase) {
      phase = { name, started: Date.now(), done, total };
      bar?.start(total, done, { phase: name, rate: 0 });
      lastLine = Date.now();
    }
    Object.assign(phase, { done, total });
    if (bar) {
      bar.setTotal(total);
      bar.update(done, { rate: rate(phase) });
    } else if (Date.now() - lastLine >= intervalMs) {
      lastLine = Date.now();
      stream.write(`${title(phase)}：${done}/${total} 行（${total ? Math.floor((100 * done) / total) : 100}%），${rate(phase)} 行/秒\n`);
    }
  };
  return { update, stop: finish };
}
