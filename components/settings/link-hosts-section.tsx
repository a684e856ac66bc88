"use client";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { Input, Select, Textarea } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { formatList } from "@/lib/i18n/settings";
import { judgeLink, type OrgLinkKind } from "@/lib/policy/links";
import { hostOf, ORG_LINK_KINDS } from "@/lib/policy/org-policy";
import { PURPOSE_IDS, PURPOSES, type PurposeId } from "@/lib/policy/purposes";
import { lineOfEntry } from "./policy-draft";

type Hosts = Record<OrgLinkKind, string>;

/** The purposes whose messages may link to a kind of site: where a listed host counts. */
const purposesFor = (kind: OrgLinkKind) => PURPOSE_IDS.filter((id) => PURPOSES[id].links.includes(kind));
const KINDS_WITH_PURPOSES = ORG_LINK_KINDS.filter((kind) => purposesFor(kind).length > 0);

/** What the check would say about a URL in a message of a purpose, with the hosts as typed now. */
function LinkTester({ hosts }: { hosts: Hosts }) {
  const { t, i18n } = useTranslation("common");
  const { t: tp } = useTranslation("policy");
  const id = useId();
  const [url, setUrl] = useState("");
  const [purpose, setPurpose] = useState<PurposeId>("delivery-scheduling");
  // Reduced as the server stores them (hostOf), so the answer is what saving would give.
  const lists = Object.fromEntries(ORG_LINK_KINDS.map((kind) => [kind, hosts[kind].split("\n").map(hostOf).filter((host): host is string => host !== null)]));
  const purposeName = tp(`purposes.${purpose}.name`);
  let answer = t("policySettings.tester.empty");
  if (url.trim()) {
    const verdict = judgeLink(url, PURPOSES[purpose].links, lists);
    if (verdict.kind === "allowed") answer = t("policySettings.tester.allowed", { purpose: purposeName, kind: tp(`linkKinds.${verdict.as}`) });
    else if (verdict.kind === "insecure") answer = t("policySettings.tester.insecure");
    else if (verdict.kind === "invalid") answer = t("policySettings.tester.invalid");
    else if (verdict.kind === "unverified") answer = t("policySettings.tester.unverified", { purpose: purposeName, kinds: new Intl.ListFormat(i18n.language, { type: "disjunction" }).format(verdict.kinds.map((k) => tp(`linkKinds.${k}`))) });
    else answer = t("policySettings.tester.outside", { purpose: purposeName });
  }
  return (
    <fieldset className="grid gap-3 rounded-md border border-border p-4">
      <legend className="px-1 text-sm font-semibold">{t("policySettings.tester.title")}</legend>
      <div className="grid gap-3 sm:grid-cols-[2fr_1fr]">
        <div className="grid gap-1.5">
          <Label htmlFor={`${id}-url`}>{t("policySettings.tester.url")}</Label>
          <Input id={`${id}-url`} type="url" inputMode="url" value={url} onChange={(e) => setUrl(e.target.value)} placeholder="https://" aria-describedby={`${id}-answer`} />
        </div>
        <div className="grid gap-1.5">
          <Label htmlFor={`${id}-purpose`}>{t("policySettings.tester.purpose")}</Label>
          <Select id={`${id}-purpose`} value={purpose} onChange={(e) => setPurpose(e.target.value as PurposeId)}>
            {PURPOSE_IDS.map((pid) => <option key={pid} value={pid}>{tp(`purposes.${pid}.name`)}</option>)}
          </Select>
        </div>
      </div>
      <p id={`${id}-answer`} role="status" className="text-sm">{answer}</p>
    </fieldset>
  );
}

export function LinkHostsSection({ hosts, onChange, errors }: { hosts: Hosts; onChange: (kind: OrgLinkKind, text: string) => void; errors: Record<string, string> }) {
  const { t, i18n } = useTranslation("common");
  const { t: tp } = useTranslation("policy");
  const id = useId();
  return (
    <section aria-labelledby={`${id}-title`} className="grid gap-4">
      <div>
        <h2 id={`${id}-title`} className="text-lg font-semibold">{t("policySettings.hosts.title")}</h2>
        <p className="text-sm text-muted-foreground">{t("policySettings.hosts.description")}</p>
      </div>
      <div className="grid gap-4 md:grid-cols-2">
        {KINDS_WITH_PURPOSES.map((kind) => {
          const kindErrors = Object.entries(errors)
            .filter(([path]) => path.startsWith(`linkHosts.${kind}.`))
            .map(([path, message]) => t("policySettings.lineError", { line: lineOfEntry(hosts[kind], Number(path.split(".").pop())), message }));
          const fieldId = `${id}-${kind}`;
          return (
            <div key={kind} className="grid gap-1.5">
              <Label htmlFor={fieldId}>{tp(`linkKinds.${kind}`)}</Label>
              <Textarea
                id={fieldId}
                rows={3}
                value={hosts[kind]}
                onChange={(e) => onChange(kind, e.target.value)}
                placeholder={t("policySettings.hosts.placeholder")}
                aria-invalid={kindErrors.length > 0 || undefined}
                aria-describedby={`${fieldId}-hint${kindErrors.length > 0 ? ` ${fieldId}-error` : ""}`}
              />
              <p id={`${fieldId}-hint`} className="text-xs text-muted-foreground">
                {t("policySettings.hosts.kindHint", { purposes: formatList(i18n.language, purposesFor(kind).map((pid) => tp(`purposes.${pid}.name`))) })}
              </p>
              {kindErrors.length > 0 && (
                <ul id={`${fieldId}-error`} className="text-xs font-medium text-destructive">
                  {kindErrors.map((message) => <li key={message}>{message}</li>)}
                </ul>
              )}
            </div>
          );
        })}
      </div>
      <LinkTester hosts={hosts} />
    </section>
  );
}
