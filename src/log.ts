// Progress on a terminal, silence in CI and pipes; warnings always reach stderr.

const interactive = Boolean(process.stderr.isTTY) && !process.env.CI;

export function warn(message: string): void {
  process.stderr.write(`warning: ${message}\n`);
}

export function info(message: string): void {
  process.stdout.write(`${message}\n`);
}

export interface Progress {
  tick(n?: number): void;
  done(): void;
}

export function progress(label: string, total: number): Progress {
  if (!interactive || total < 20) return { tick() {}, done() {} };
  let n = 0;
  let last = 0;
  const draw = () => process.stderr.write(`\r${label} ${n}/${total} (${Math.round((100 * n) / total)}%)`);
  return {
    tick(k = 1) {
      n += k;
      const now = Date.now();
      if (now - last > 100 || n === total) {
        last = now;
        draw();
      }
    },
    done() {
      process.stderr.write('\r\x1b[K');
    },
  };
}
