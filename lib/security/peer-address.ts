// Records each request's TCP peer in a header Next passes on to route handlers, which see no socket.
import http from "node:http";
import { PEER_HEADER } from "./client-address";

const installed = Symbol.for("verso.peer-address");

/** Next keeps a client-sent X-Forwarded-For as it is, so the socket's own address has to be taken here. */
export function recordPeerAddresses() {
  const prototype = http.Server.prototype as http.Server & { [installed]?: boolean };
  if (prototype[installed]) return;
  prototype[installed] = true;
  const emit = prototype.emit;
  prototype.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]) {
    if (event === "request") {
      const request = args[0] as http.IncomingMessage;
      request.headers[PEER_HEADER] = request.socket?.remoteAddress ?? "";
    }
    return Reflect.apply(emit, this, [event, ...args]) as boolean;
  } as typeof prototype.emit;
}
