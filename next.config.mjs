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
};

export default nextConfig;
