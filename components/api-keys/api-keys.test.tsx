// @vitest-environment jsdom
import axeModule from "axe-core";
import { act } from "react";
import { createRoot, type Root } from "react-dom/client";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { I18nProvider } from "@/components/i18n-provider";
import { resourcesFor } from "@/lib/i18n/resources";
import type { ApiKeyRow } from "@/server/settings/load-api-keys-page";
import { bindAxe } from "@/lib/a11y/axe-instance";
import { UI_LANGUAGES, type UiLanguage } from "@/lib/i18n/settings";
import { ApiKeyTable } from "./api-key-table";
import { CreateApiKeyForm, type CreateApiKeyResult } from "./create-api-key-form";
import type { RevokeApiKeyAction } from "./revoke-api-key-button";

// Stand-ins for the server actions (which need a session): the form's behaviour is what is tested
// here; creating and revoking keys is tested against the database in server/api.
const NEW_KEY = "pmt_0123456789abcdefghijklmnopqrstuvwxyzABCDEFG";
const created: string[] = [];
async function create(_previous: CreateApiKeyResult | null, formData: FormData): Promise<CreateApiKeyResult> {
  const name = String(formData.get("name") ?? "");
  created.push(name);
  if (!name.trim()) return { ok: false, error: { code: "invalid_input", message: "Some fields need your attention.", fields: { name: "Enter a name." } }, values: { name } };
  return { ok: true, data: { id: "3", name, prefix: NEW_KEY.slice(0, 12), key: NEW_KEY } };
}
const revoke: RevokeApiKeyAction = async (_previous, formData) => ({ ok: true, data: { apiKeyId: String(formData.get("apiKeyId")), revoked: true } });

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const KEYS: ApiKeyRow[] = [
  { id: "1", name: "Helpdesk", prefix: "pmt_AbCdEfGh", createdAt: new Date("2025-03-01T10:00:00Z"), createdByName: "Ada Admin", lastUsedAt: new Date("2025-03-19T08:00:00Z"), revokedAt: null, revokedByName: null },
  { id: "2", name: "Old shop system", prefix: "pmt_ZyXwVuTs", createdAt: new Date("2025-01-01T10:00:00Z"), createdByName: "Ada Admin", lastUsedAt: null, revokedAt: new Date("2025-02-01T10:00:00Z"), revokedByName: "Ada Admin" },
];

let container: HTMLElement;
let root: Root;
beforeEach(() => {
  container = document.createElement("main");
  document.body.append(container);
  root = createRoot(container);
});
afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

function render(lng: UiLanguage, keys = KEYS) {
  act(() =>
    root.render(
      <I18nProvider lng={lng} resources={resourcesFor(lng)}>
        <h1>API keys</h1>
        <ApiKeyTable keys={keys} lng={lng} organisation="Demo Shop" revokeAction={revoke} />
        <CreateApiKeyForm action={create} />
      </I18nProvider>,
    ),
  );
}

describe("API keys page parts", () => {
  it("lists keys by prefix with last use and status, and offers revoke only for active keys", () => {
    render("en");
    const rows = [...container.querySelectorAll("tbody tr")];
    expect(rows).toHaveLength(2);
    expect(rows[0].textContent).toContain("pmt_AbCdEfGh…");
    expect(rows[0].textContent).toContain("Active");
    expect(rows[1].textContent).toContain("Never");
    expect(rows[1].textContent).toContain("Revoked");
    const revoke = [...container.querySelectorAll("button")].filter((b) => b.getAttribute("aria-label")?.startsWith("Revoke key"));
    expect(revoke.map((b) => b.getAttribute("aria-label"))).toEqual(["Revoke key Helpdesk"]);
    expect(container.querySelector("input[name=name]")?.getAttribute("maxlength")).toBe("80");
  });

  it("shows the new key once, in a labelled read-only field, and a field error for an empty name", async () => {
    render("en");
    const form = container.querySelector("form:has(input[name=name])") as HTMLFormElement;
    const input = form.querySelector("input[name=name]") as HTMLInputElement;
    await act(async () => form.requestSubmit());
    expect(created.at(-1)).toBe("");
    expect(container.textContent).toContain("Enter a name.");
    expect(input.getAttribute("aria-invalid")).toBe("true");
    input.value = "Helpdesk production";
    await act(async () => form.requestSubmit());
    const shown = container.querySelector("#new-api-key") as HTMLInputElement;
    expect(shown.value).toBe(NEW_KEY);
    expect(shown.readOnly).toBe(true);
    expect(container.querySelector("label[for=new-api-key]")?.textContent).toBe("New API key");
    expect(container.textContent).toContain("Copy it now: it will not be shown again.");
  });

  it("says so when there are no keys, in German too", () => {
    render("de", []);
    expect(container.textContent).toContain("Noch keine Schlüssel");
    expect(container.textContent).toContain("Schlüssel erstellen");
  });

  it.each(UI_LANGUAGES)("has no WCAG A/AA violations (%s)", async (lng) => {
    render(lng);
    const axe = bindAxe(window, axeModule.source);
    const results = await axe.run(container, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] } });
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html.slice(0, 120)).join(" | ")}`)).toEqual([]);
  });
});
