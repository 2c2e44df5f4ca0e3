// The Content-Security-Policy for Verso's pages: scripts only from Verso with this response's nonce, nothing framed.

/**
 * Styles keep 'unsafe-inline' because React renders style attributes (virtual lists, charts), which
 * nonces cannot cover; scripts have no inline allowance. Development adds 'unsafe-eval' for Next's
 * hot reloading, which production never needs.
 */
export function contentSecurityPolicy(nonce: string, development = process.env.NODE_ENV === "development"): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}
