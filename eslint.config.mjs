import next from "eslint-config-next";
import nextTypescript from "eslint-config-next/typescript";

/**
 * The layers the folders promise (README, "What is where"): pages and UI reach data only through
 * server loaders and actions; the pure core (lib/) knows nothing of the server, the database, React
 * or Next. A violation fails `npm test` (lint runs there).
 */
const DATABASE = { group: ["@/db", "@/db/*", "**/db/*", "drizzle-orm", "drizzle-orm/*"], message: "app/ and components/ get data from a server loader (server/<domain>/load-*.ts) or action, never from db/." };
const OUTSIDE_LIB = [
  { group: ["@/server", "@/server/*", "@/db", "@/db/*", "@/components", "@/components/*", "@/app", "@/app/*"], message: "lib/ is pure logic: it imports nothing from server/, db/, components/ or app/." },
  { group: ["react", "react/*", "react-dom", "react-dom/*", "next", "next/*", "drizzle-orm", "drizzle-orm/*"], message: "lib/ is pure logic: no React, Next or database." },
];

const QUERIES_ONLY_IN_DB = {
  group: ["drizzle-orm", "drizzle-orm/*", "@/db/schema", "@/db/schema/*", "**/db/schema", "**/db/schema/*"],
  message: "Queries live in db/queries/ (small, organisation-scoped, taking a transaction); server/ and scripts/ call them instead of building SQL.",
};

const config = [
  ...next,
  ...nextTypescript,
  {
    ignores: [".next/**", "node_modules/**", ".data/**", "db/migrations/**", "test-results/**", "playwright-report/**", "next-env.d.ts"],
  },
  {
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  { files: ["app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}"], rules: { "no-restricted-imports": ["error", { patterns: [DATABASE] }] } },
  { files: ["lib/**/*.{ts,tsx}"], rules: { "no-restricted-imports": ["error", { patterns: OUTSIDE_LIB }] } },
  // Tests may read and write tables directly to set up and assert.
  { files: ["server/**/*.{ts,tsx}", "scripts/**/*.ts", "cli/**/*.ts"], ignores: ["**/*.test.ts", "**/*.test.tsx"], rules: { "no-restricted-imports": ["error", { patterns: [QUERIES_ONLY_IN_DB] }] } },
];

export default config;
