import type { Instrumentation } from "next";

export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { recordPeerAddresses } = await import("./lib/security/peer-address");
    recordPeerAddresses();
  }
}

/** An error outside every use case (a page's own query, a bug in rendering) is logged under the reference its error page shows. */
export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { logRequestError } = await import("./lib/log-request-error");
  logRequestError(error, request, context);
};
