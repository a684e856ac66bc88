/**
 * Headers on every response (issue 14 item 7). The Content-Security-Policy is not here: it needs
 * a fresh nonce per response, so proxy.ts sets it (lib/security/csp.ts), and the message preview
 * frame (app/preview-frame) sets its own. Only the studio's pages refuse to be framed; the
 * preview frame may be framed by the studio.
 */
const SECURITY_HEADERS = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=()" },
  ...(process.env.NODE_ENV === "production" ? [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }] : []),
];
const NOT_FRAMED = [{ key: "X-Frame-Options", value: "DENY" }];

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
    // Bundles the preview frame's script at run time (server/preview/frame-script.ts).
    "esbuild",
    // Hunspell dictionaries read their .aff/.dic files next to their own module at run time.
    ...["en", "de", "fr", "es", "it", "nl", "pl", "pt", "sv", "tr"].map((lang) => `dictionary-${lang}`),
  ],
  poweredByHeader: false,
  // `npm test` type-checks the whole tree (tests included) as its own step; the build need not repeat it.
  typescript: { ignoreBuildErrors: true },
  typedRoutes: false,
  experimental: { authInterrupts: true },
  async headers() {
    return [
      { source: "/:path*", headers: SECURITY_HEADERS },
      { source: "/((?!preview-frame).*)", headers: NOT_FRAMED },
    ];
  },
};

export default nextConfig;
