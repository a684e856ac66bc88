/**
 * Headers on every response (issue 14 item 7). The Content-Security-Policy here covers what needs
 * no nonce: no plugins, no <base>, no framing of the studio by other sites, forms only to us. A
 * nonce-based script-src needs the preview's axe check moved into a sandboxed frame first (axe
 * compiles its templates with `new Function`); until then scripts are not restricted by CSP.
 */
const SECURITY_HEADERS = [
  { key: "Content-Security-Policy", value: "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=()" },
  { key: "X-Frame-Options", value: "DENY" },
  ...(process.env.NODE_ENV === "production" ? [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }] : []),
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Packages that load native code, WASM or data files at run time must stay outside the bundle.
  serverExternalPackages: [
    "@electric-sql/pglite",
    "postgres",
    "jsdom",
    "axe-core",
    "happy-dom",
    "nspell",
    "eld",
    "bcryptjs",
    "nodemailer",
    // Hunspell dictionaries read their .aff/.dic files next to their own module at run time.
    ...["en", "de", "fr", "es", "it", "nl", "pl", "pt", "sv", "tr"].map((lang) => `dictionary-${lang}`),
  ],
  poweredByHeader: false,
  // `npm test` type-checks the whole tree (tests included) as its own step; the build need not repeat it.
  typescript: { ignoreBuildErrors: true },
  typedRoutes: false,
  experimental: { authInterrupts: true },
  async headers() {
    return [{ source: "/:path*", headers: SECURITY_HEADERS }];
  },
};

export default nextConfig;
