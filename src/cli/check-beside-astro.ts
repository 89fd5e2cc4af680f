/**
 * Checking beside Astro: for a small content folder (src/cli/overlap.ts, `CHECK_BESIDE_LIMIT`) `npm run build` starts
 * Astro's page-rendering child (src/cli/pages-child.ts) at the same time as the checking child
 * (src/cli/check-child.ts) instead of after it. Astro spends its first seconds on its configuration, the content sync
 * and Vite's bundling, which need no checked content, so the check's few seconds are hidden behind them instead of
 * waited for.
 *
 * The check still decides: when it refuses the content, Astro is stopped and waited for (so that nothing writes into
 * the staging folder any more) and the build reports the check's located issues; Astro's own error, had it failed
 * on the same content first, is never shown.
 */

/** What the check said, and how to wait for Astro's pages when the build goes on. */
export interface CheckedBesideAstro<C> {
  /** The check's result. */
  checked: C;
  /**
   * Waits for Astro's pages (started before the check ended, possibly done or failed by now) and throws their error;
   * undefined when the check refused the content and Astro was stopped.
   */
  pages: (() => Promise<void>) | undefined;
}

/**
 * Runs the check and starts Astro's pages at the same time, and waits for the check. When the check refuses the
 * content or fails itself, Astro is stopped and waited for before this returns (refused) or throws (the check's error,
 * not Astro's). Otherwise Astro runs on: the caller waits for it through {@link CheckedBesideAstro.pages}, which
 * throws Astro's error if it has failed meanwhile.
 * @param check runs the check (the checking child)
 * @param refuses whether the check's result stops the build
 * @param startPages starts Astro's pages (the page-rendering child); its promise settles when the child has exited
 * @param stopPages stops them early (kills the child; the promise of `startPages` must still settle)
 */
export async function checkBesideAstro<C>(
  check: () => Promise<C>,
  refuses: (checked: C) => boolean,
  startPages: () => Promise<void>,
  stopPages: () => void,
): Promise<CheckedBesideAstro<C>> {
  // Settled into a value at once, so that Astro failing while the check still runs is no unhandled rejection: its
  // error is thrown when the caller waits for the pages, after the check has had its say.
  const pages = startPages().then(
    () => ({ failed: false as const }),
    (error: unknown) => ({ failed: true as const, error }),
  );
  const stop = async () => {
    stopPages();
    await pages;
  };
  let checked: C;
  try {
    checked = await check();
  } catch (error) {
    await stop();
    throw error;
  }
  if (refuses(checked)) {
    await stop();
    return { checked, pages: undefined };
  }
  return {
    checked,
    pages: async () => {
      const outcome = await pages;
      if (outcome.failed) throw outcome.error;
    },
  };
}
