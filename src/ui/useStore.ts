/** Preact binding for zustand vanilla stores: re-render when the selected value changes. */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { StoreApi } from 'zustand/vanilla';

/** Reads `selector(state)` and re-renders when it changes (compared with Object.is). */
export function useStore<S, T>(store: StoreApi<S>, selector: (state: S) => T): T {
  const selectorRef = useRef(selector);
  selectorRef.current = selector;
  const [value, setValue] = useState(() => selector(store.getState()));
  useEffect(() => {
    const check = () => {
      const next = selectorRef.current(store.getState());
      setValue((previous) => (Object.is(previous, next) ? previous : next));
    };
    check();
    return store.subscribe(check);
  }, [store]);
  return value;
}
