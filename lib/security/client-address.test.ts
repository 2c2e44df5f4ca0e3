import { describe, expect, test } from "vitest";
import { clientAddress, PEER_HEADER, trustedProxies } from "./client-address";

function headers(peer: string | null, forwardedFor?: string) {
  const result = new Headers();
  if (peer !== null) result.set(PEER_HEADER, peer);
  if (forwardedFor !== undefined) result.set("x-forwarded-for", forwardedFor);
  return result;
}

describe("clientAddress", () => {
  const none = trustedProxies("");
  const proxies = trustedProxies("10.0.0.0/8, 2001:db8::1");

  test("without trusted proxies the socket's peer is the client, whatever it forwards", () => {
    expect(clientAddress(headers("192.0.2.10", "198.51.100.1"), none)).toBe("192.0.2.10");
    expect(clientAddress(headers("::ffff:192.0.2.10", "not an ip"), none)).toBe("192.0.2.10");
  });

  test("a trusted proxy's chain is read from the right to the first untrusted hop", () => {
    expect(clientAddress(headers("10.0.0.2", "203.0.113.9, 198.51.100.4, 10.1.1.1"), proxies)).toBe("198.51.100.4");
    expect(clientAddress(headers("2001:db8::1", "198.51.100.5"), proxies)).toBe("198.51.100.5");
    expect(clientAddress(headers("10.0.0.2"), proxies)).toBe("10.0.0.2");
    expect(clientAddress(headers("10.0.0.2", "junk, 10.0.0.3"), proxies)).toBe("10.0.0.3");
  });

  test("an untrusted peer cannot borrow another address", () => {
    expect(clientAddress(headers("192.0.2.11", "10.0.0.5"), proxies)).toBe("192.0.2.11");
  });

  test("without a known peer the forwarded value keys its own bucket", () => {
    expect(clientAddress(headers(null, "a"), none)).not.toBe(clientAddress(headers(null, "b"), none));
  });

  test("a bad VERSO_TRUSTED_PROXIES entry is named", () => {
    expect(() => trustedProxies("10.0.0.0/8, proxy.local")).toThrow('"proxy.local" is not an IP address or CIDR range');
    expect(() => trustedProxies("10.0.0.0/40")).toThrow("10.0.0.0/40");
  });
});
