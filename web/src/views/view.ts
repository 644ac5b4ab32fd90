// What every view (ask, overlaps, compare, public) provides to the shell, and the one piece
// of async bookkeeping they share: only the latest request may update the page.

import type { ViewState } from '../state.js';
import { describeError } from '../errors.js';
import { loading, status } from '../ui/dom.js';

export interface ViewContext {
  /** Changes the URL state; `push` adds a history entry (new question), else it replaces. */
  navigate(patch: Partial<ViewState>, push?: boolean): void;
}

export interface View {
  element: HTMLElement;
  /** Called with every state change, including the first; the view fetches what changed. */
  update(state: ViewState): void;
  destroy(): void;
}

/**
 * Runs `load` and renders its outcome (`target` shows loading, then the result or the error),
 * cancelling the previous run so a slow old answer never overwrites a new one.
 */
export function latestOnly() {
  let controller: AbortController | null = null;
  return {
    async run<T>(
      target: HTMLElement,
      load: (signal: AbortSignal) => Promise<T>,
      render: (result: T) => void,
      jurisdiction: string | null = null,
    ): Promise<void> {
      controller?.abort();
      const mine = new AbortController();
      controller = mine;
      target.replaceChildren(loading());
      try {
        const result = await load(mine.signal);
        if (mine.signal.aborted) return;
        render(result);
      } catch (error) {
        if (mine.signal.aborted) return;
        target.replaceChildren(status('error', describeError(error, jurisdiction)));
      }
    },
    cancel(): void {
      controller?.abort();
    },
  };
}
