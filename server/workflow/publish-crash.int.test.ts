import { afterAll, describe, expect, it } from "vitest";
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { openDatabase, type DatabaseTarget } from "@/db/client";
import { templateVersions, templates } from "@/db/schema";
import { startNewVersion } from "@/server/templates/start-new-version";
import { approveAsShown, makeMember, makeOrganisation } from "@/test/fixtures";
import { authorise } from "../guard";
import { createTemplate } from "../templates/create-template";
import { publishVersion, submitVersion } from "./transitions";

const dir = mkdtempSync(path.join(tmpdir(), "permitted-crash-"));
let dropDatabase: (() => Promise<void>) | null = null;
afterAll(async () => {
  await dropDatabase?.();
  rmSync(dir, { recursive: true, force: true });
});

/** A database a second process can open: a PGlite directory, or a fresh database on the server. */
async function sharedTarget(): Promise<DatabaseTarget> {
  const server = process.env.TEST_DATABASE_URL;
  if (!server) return { kind: "pglite", dataDir: path.join(dir, "pglite") };
  const { default: postgres } = await import("postgres");
  const name = `permitted_crash_${randomBytes(4).toString("hex")}`;
  const admin = postgres(server, { max: 1, onnotice: () => undefined });
  await admin.unsafe(`CREATE DATABASE "${name}"`);
  await admin.end();
  dropDatabase = async () => {
    const cleanup = postgres(server, { max: 1, onnotice: () => undefined });
    await cleanup.unsafe(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await cleanup.end();
  };
  const url = new URL(server);
  url.pathname = `/${name}`;
  return { kind: "postgres", url: url.toString() };
}

describe("publishing", () => {
  it("leaves exactly one live version when the process is killed in the middle of a publish", async () => {
    const target = await sharedTarget();
    let handle = await openDatabase(target);
    const { organisation } = await makeOrganisation(handle.db);
    const authorMember = await makeMember(handle.db, organisation.id, ["author", "translator"], ["de-DE"]);
    const approverMember = await makeMember(handle.db, organisation.id, ["approver"]);
    const author = await authorise({ userId: authorMember.id, organisationId: organisation.id }, "organisation.view", handle.db);
    const approver = await authorise({ userId: approverMember.id, organisationId: organisation.id }, "organisation.view", handle.db);
    const { templateId, versionId: first } = await createTemplate(author, { name: "Crash", purpose: "delivery-scheduling", sourceLocale: "en-US", targetLocales: [] });
    await submitVersion(author, first);
    await approveAsShown(approver, first);
    await publishVersion(approver, first);
    const { versionId: second } = await startNewVersion(author, { templateId, fromVersionId: first });
    await submitVersion(author, second);
    await approveAsShown(approver, second);
    await handle.close();

    // A second process publishes version 2 and is killed half-way through its transaction.
    const script = path.join(dir, "publish.mts");
    writeFileSync(
      script,
      [
        `import { openDatabase } from ${JSON.stringify(path.resolve("db/client.ts"))};`,
        `import { authorise } from ${JSON.stringify(path.resolve("server/guard.ts"))};`,
        `import { publishVersion } from ${JSON.stringify(path.resolve("server/workflow/transitions.ts"))};`,
        `const handle = await openDatabase(${JSON.stringify(target)});`,
        `const ctx = await authorise({ userId: ${JSON.stringify(approverMember.id)}, organisationId: ${JSON.stringify(organisation.id)} }, "versions.publish", handle.db);`,
        `await publishVersion(ctx, ${JSON.stringify(second)}, { midway: () => { process.stdout.write("midway\\n"); return new Promise(() => undefined); } });`,
      ].join("\n"),
    );
    const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", script], { cwd: process.cwd(), env: { ...process.env, NODE_PATH: path.resolve("node_modules") } });
    let output = "";
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`the publish never reached its midway point:\n${output}`)), 60_000);
      const onData = (chunk: Buffer) => {
        output += chunk;
        if (output.includes("midway")) {
          clearTimeout(timer);
          child.kill("SIGKILL");
          resolve();
        }
      };
      child.stdout.on("data", onData);
      child.stderr.on("data", onData);
      child.on("exit", () => {
        clearTimeout(timer);
        if (!output.includes("midway")) reject(new Error(`the publishing process ended early:\n${output}`));
      });
    });
    await new Promise((resolve) => child.on("close", resolve));

    handle = await openDatabase(target);
    try {
      const live = await handle.db.select({ id: templateVersions.id }).from(templateVersions).where(and(eq(templateVersions.templateId, templateId), eq(templateVersions.state, "published")));
      expect(live).toEqual([{ id: first }]);
      const [template] = await handle.db.select({ liveVersionId: templates.liveVersionId }).from(templates).where(eq(templates.id, templateId));
      expect(template.liveVersionId).toBe(first);
      // And the interrupted publish can simply be done again.
      const ctx = await authorise({ userId: approverMember.id, organisationId: organisation.id }, "versions.publish", handle.db);
      await publishVersion(ctx, second);
      const after = await handle.db.select({ id: templateVersions.id }).from(templateVersions).where(and(eq(templateVersions.templateId, templateId), eq(templateVersions.state, "published")));
      expect(after).toEqual([{ id: second }]);
    } finally {
      await handle.close();
    }
  }, 120_000);
});
