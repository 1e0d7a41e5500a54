/**
 * What every full-page dialog (the report, the lesson documents, the class screen) does while it is
 * open: run `onOpen` (pause the town), focus its close button, mark the page with `report-open` and
 * any `classes` of its own (the print style hides the town behind them), and close on Escape. All
 * undone when the dialog closes. Returns the ref for the close button.
 */
import type { RefObject } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

export function usePageDialog(
  close: () => void,
  options: { onOpen?: () => void; classes?: readonly string[] } = {},
): RefObject<HTMLButtonElement> {
  const closeButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    options.onOpen?.();
    closeButton.current?.focus();
    const classes = ['report-open', ...(options.classes ?? [])];
    document.documentElement.classList.add(...classes);
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') close();
    };
    document.addEventListener('keydown', onKey);
    return () => {
      document.documentElement.classList.remove(...classes);
      document.removeEventListener('keydown', onKey);
    };
  }, []);
  return closeButton;
}
