// The one structured logger: JSON lines, each unexpected error once, with the request id, the use case and the actor.
import pino, { type DestinationStream, type Logger } from "pino";

const globalForLog = globalThis as unknown as { versoLogger?: Logger };

function createLogger(destination?: DestinationStream): Logger {
  const options = { level: process.env.LOG_LEVEL ?? "info", base: { app: "verso" } };
  return destination ? pino(options, destination) : pino(options);
}

export function getLogger(): Logger {
  globalForLog.versoLogger ??= createLogger();
  return globalForLog.versoLogger;
}

/** The CLI logs to stderr (stdout carries its output); a test reads the lines it caused. */
export function useLogDestination(destination: DestinationStream) {
  globalForLog.versoLogger = createLogger(destination);
}
