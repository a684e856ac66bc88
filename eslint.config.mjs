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

/**
 * UI strings are whole sentences in the locale files: code never glues translated words to other
 * text (word order, punctuation and spacing differ by language), and lays out with logical CSS so
 * the UI is ready for right-to-left languages. Plain separators between two whole strings
 * ("·", a space, a line break) are layout, not grammar, and stay allowed.
 */
const TRANSLATED_CALL = "CallExpression[callee.name=/^t[a-z]?$/]";
const UI_TEXT_RULES = [
  { selector: `BinaryExpression[operator='+'] > ${TRANSLATED_CALL}`, message: "Do not concatenate translated strings: put the whole sentence in the locale file with {{interpolation}}." },
  { selector: `TemplateLiteral:has(> TemplateElement[value.raw=/[A-Za-z:;,()]/]) > ${TRANSLATED_CALL}`, message: "Do not build sentences around translated strings: put the whole sentence in the locale file with {{interpolation}}." },
  { selector: `CallExpression[callee.property.name='join'][arguments.0.value=/[,;、]/][callee.object.callee.property.name='map'] ${TRANSLATED_CALL}`, message: "Join translated items with Intl.ListFormat in the UI language, not with a fixed separator." },
  {
    selector: "JSXAttribute[name.name='className'] Literal[value=/(^|[\\s:])(-?(m[lr]|p[lr])-[0-9]|(border|rounded)-[lr](-|\\s|$)|text-(left|right)|float-(left|right)|(left|right)-[0-9.]+(\\s|$))/]",
    message: "Use logical classes (ms/me, ps/pe, border-s/e, start/end, text-start/end) so the layout mirrors in right-to-left languages.",
  },
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
  { files: ["app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}", "server/**/*.ts", "lib/**/*.ts"], ignores: ["**/*.test.ts", "**/*.test.tsx"], rules: { "no-restricted-syntax": ["error", ...UI_TEXT_RULES] } },
  // Tests may read and write tables directly to set up and assert.
  { files: ["server/**/*.{ts,tsx}", "scripts/**/*.ts", "cli/**/*.ts"], ignores: ["**/*.test.ts", "**/*.test.tsx"], rules: { "no-restricted-imports": ["error", { patterns: [QUERIES_ONLY_IN_DB] }] } },
];

export default config;
