import { AsyncLocalStorage } from "node:async_hooks";
import { newRequestId } from "@/lib/errors";

/** The request a use case runs for: adapters open it, the kernel and the logger read it. */
const requestContext = new AsyncLocalStorage<{ requestId: string }>();

export function withRequest<T>(requestId: string, run: () => Promise<T>): Promise<T> {
  return requestContext.run({ requestId }, run);
}

export function currentRequestId(): string {
  return requestContext.getStore()?.requestId ?? newRequestId();
}
