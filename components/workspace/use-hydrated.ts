import { useSyncExternalStore } from "react";

const subscribe = () => () => {};

/** False in the server HTML and during hydration, true once React handles events: controls stay disabled until then. */
export function useHydrated() {
  return useSyncExternalStore(subscribe, () => true, () => false);
}
