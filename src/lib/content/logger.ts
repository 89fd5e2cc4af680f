/** A small prefixed logger for build steps and commands: one progress line per step, so staff can see where time goes. */
export interface StepLogger {
  /** A step starts. */
  step(message: string): void;
  /** Progress within a step (count done / total). */
  progress(done: number, total: number, label: string): void;
  /** The step finished. */
  done(message: string): void;
  /** Something went wrong. */
  error(message: string): void;
}

/**
 * Creates a logger whose lines start with `[name]`.
 * @param name the build step (build, pdf, og, search …)
 */
export function createLogger(name: string): StepLogger {
  const prefix = `[${name}]`;
  return {
    step: (message) => console.log(`${prefix} ${message}`),
    progress: (done, total, label) => {
      if (done === total || done % Math.max(1, Math.ceil(total / 10)) === 0) console.log(`${prefix} ${label} ${done}/${total}`);
    },
    done: (message) => console.log(`${prefix} ✔ ${message}`),
    error: (message) => console.error(`${prefix} ✖ ${message}`),
  };
}
