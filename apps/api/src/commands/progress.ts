// Progress for long commands: a cli-progress bar on a terminal, plain lines (every tenth of the
// way, so a log stays short) when the output goes to a file or a pipe.
import cliProgress from 'cli-progress';

export interface ProgressOutput {
  readonly isTTY?: boolean;
  write(text: string): unknown;
}

export interface Progress {
  /** Starts (or restarts with a new total) the bar for one piece of work; a total of 0 is not known yet. */
  start(label: string, total: number, unit: string): void;
  update(done: number): void;
  stop(): void;
}

export function progressOn(output: ProgressOutput): Progress {
  if (output.isTTY) {
    let bar: cliProgress.SingleBar | null = null;
    return {
      start(label, total, unit) {
        bar?.stop();
        bar = new cliProgress.SingleBar(
          { format: `${label} [{bar}] {percentage}% | {value}/{total} ${unit}`, stream: output as NodeJS.WritableStream, hideCursor: true, clearOnComplete: false },
          cliProgress.Presets.shades_classic,
        );
        bar.start(Math.max(total, 1), 0);
      },
      update(done) {
        if (bar && done > bar.getTotal()) bar.setTotal(done);
        bar?.update(done);
      },
      stop() {
        bar?.stop();
        bar = null;
      },
    };
  }
  let current = { label: '', total: 0, unit: '', shownTenth: -1, done: 0 };
  const line = () => {
    if (current.total === 0) {
      output.write(`${current.label}: ${current.done.toLocaleString('en-GB')} ${current.unit}\n`);
      return;
    }
    const percentage = current.total > 0 ? Math.min(100, Math.floor((current.done / current.total) * 100)) : 100;
    output.write(`${current.label}: ${percentage}% (${current.done.toLocaleString('en-GB')} of ${current.total.toLocaleString('en-GB')} ${current.unit})\n`);
  };
  return {
    start(label, total, unit) {
      current = { label, total, unit, shownTenth: -1, done: 0 };
    },
    update(done) {
      current.done = done;
      // Without a total, a line every 10,000.
      const tenth = current.total > 0 ? Math.floor((done / current.total) * 10) : Math.floor(done / 10_000);
      if (current.total === 0 && tenth > current.shownTenth) {
        current.shownTenth = tenth;
        if (tenth > 0) line();
        return;
      }
      if (tenth > current.shownTenth && tenth < 10) {
        current.shownTenth = tenth;
        line();
      }
    },
    stop() {
      if (current.label) line();
      current.label = '';
    },
  };
}
