// A progress bar on a terminal (cli-progress); on a pipe or in CI, nothing but the lines that matter.
import cliProgress from 'cli-progress';

export interface Progress {
  start: (total: number) => void;
  tick: () => void;
  log: (line: string) => void;
  stop: () => void;
}

export function progressReporter(stream: NodeJS.WritableStream & { isTTY?: boolean }): Progress {
  if (!stream.isTTY) {
    return { start: () => {}, tick: () => {}, log: (l) => stream.write(l + '\n'), stop: () => {} };
  }
  const bar = new cliProgress.SingleBar(
    { stream, format: 'ingest [{bar}] {value}/{total} inputs | {eta_formatted} left', hideCursor: true, clearOnComplete: true },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  return {
    start: (total) => {
      bar.start(total, 0);
      started = true;
    },
    tick: () => started && bar.increment(),
    log: (l) => {
      if (started) {
        stream.write('\r\x1b[K' + l + '\n');
        bar.render();
      } else stream.write(l + '\n');
    },
    stop: () => started && bar.stop(),
  };
}
