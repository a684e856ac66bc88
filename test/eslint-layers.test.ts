/**
 * The layer rules in eslint.config.mjs are on: a page or component that reads the database, or a
 * lib/ module that imports React or the server, fails lint (and so `npm test`).
 */
import path from "node:path";
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "..");
const eslint = new ESLint({ cwd: root });

async function restrictedImports(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, filePath) });
  return result.messages.filter((m) => m.ruleId === "no-restricted-imports").map((m) => m.message);
}

describe("ESLint enforces the layers", () => {
  it.each([
    ["app/(studio)/probe/page.tsx", 'import { getDb } from "@/db/client";\nexport const probe = getDb;\n'],
    ["components/probe.tsx", 'import type { Database } from "@/db/client";\nexport type Probe = Database;\n'],
    ["components/probe.ts", 'import { sql } from "drizzle-orm";\nexport const probe = sql;\n'],
    ["lib/probe/probe.ts", 'import { useState } from "react";\nexport const probe = useState;\n'],
    ["lib/probe/probe.ts", 'import { pageContext } from "@/server/page";\nexport const probe = pageContext;\n'],
    ["lib/probe/probe.ts", 'import { redirect } from "next/navigation";\nexport const probe = redirect;\n'],
    ["server/probe/write-probe.ts", 'import { eq } from "drizzle-orm";\nexport const probe = eq;\n'],
    ["scripts/probe.ts", 'import { users } from "@/db/schema";\nexport const probe = users;\n'],
  ])("refuses the import in %s", async (filePath, code) => {
    expect(await restrictedImports(filePath, code)).toHaveLength(1);
  });

  it.each([
    ["app/(studio)/probe/page.tsx", 'import { loadInbox } from "@/server/workflow/load-inbox";\nexport const probe = loadInbox;\n'],
    ["server/probe/load-probe.ts", 'import { getDb } from "@/db/client";\nexport const probe = getDb;\n'],
    ["lib/probe/probe.ts", 'import { z } from "zod";\nexport const probe = z;\n'],
    ["db/queries/probe.ts", 'import { eq } from "drizzle-orm";\nexport const probe = eq;\n'],
    ["server/probe/probe.int.test.ts", 'import { users } from "@/db/schema";\nexport const probe = users;\n'],
  ])("allows the import in %s", async (filePath, code) => {
    expect(await restrictedImports(filePath, code)).toEqual([]);
  });
});
