export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { recordPeerAddresses } = await import("./lib/security/peer-address");
    recordPeerAddresses();
  }
}
