// Which client a request comes from, for rate limits: the socket's peer, or what a configured proxy forwarded.
import { BlockList, isIP } from "node:net";

/** Set on every request from the TCP socket (lib/security/peer-address.ts); whatever a client sends under this name is replaced. */
export const PEER_HEADER = "x-verso-peer-address";

/** VERSO_TRUSTED_PROXIES: IPs or CIDR ranges, comma-separated; a bad entry stops the start with one line. */
export function trustedProxies(value = process.env.VERSO_TRUSTED_PROXIES ?? ""): BlockList {
  const list = new BlockList();
  for (const entry of value.split(",").map((item) => item.trim()).filter(Boolean)) {
    const [address, prefix] = entry.split("/");
    const family = isIP(address);
    const bits = prefix === undefined ? (family === 6 ? 128 : 32) : Number(prefix);
    if (!family || !/^\d+$/.test(prefix ?? "0") || bits > (family === 6 ? 128 : 32)) {
      throw new Error(`VERSO_TRUSTED_PROXIES: "${entry}" is not an IP address or CIDR range (e.g. 10.0.0.0/8, 192.168.1.5).`);
    }
    list.addSubnet(address, bits, family === 6 ? "ipv6" : "ipv4");
  }
  return list;
}

function unmapped(address: string): string {
  const lower = address.trim().toLowerCase();
  return lower.startsWith("::ffff:") && isIP(lower.slice(7)) === 4 ? lower.slice(7) : lower;
}

function isTrusted(proxies: BlockList, address: string): boolean {
  const family = isIP(address);
  return family !== 0 && proxies.check(address, family === 6 ? "ipv6" : "ipv4");
}

/**
 * The client's address: the socket's peer, unless that peer is a trusted proxy; then the
 * X-Forwarded-For chain is read from the right, skipping trusted proxies, to the first other hop.
 * Without a known peer (a request that did not come through Verso's server) the key says so and
 * still differs per forwarded value, so no two unrelated clients are forced into one bucket.
 */
export function clientAddress(headers: Headers, proxies: BlockList = trustedProxies()): string {
  const peer = headers.get(PEER_HEADER);
  if (!peer) return `unknown-peer:${headers.get("x-forwarded-for") ?? ""}`;
  let client = unmapped(peer);
  if (!isTrusted(proxies, client)) return client;
  const hops = (headers.get("x-forwarded-for") ?? "").split(",").map(unmapped).filter(Boolean);
  for (const hop of hops.reverse()) {
    if (!isIP(hop)) return client;
    client = hop;
    if (!isTrusted(proxies, hop)) return hop;
  }
  return client;
}
