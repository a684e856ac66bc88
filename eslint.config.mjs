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
];

export default config;
