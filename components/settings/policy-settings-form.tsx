"use client";
import { useEffect, useMemo, useRef, useState, useTransition } from "react";
import { useTranslation } from "react-i18next";
import { FormError } from "@/components/forms/form-error";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { OrgPolicy } from "@/lib/policy/org-policy";
import { updatePolicySettingsAction } from "@/server/actions/policy-settings";
import type { ErrorBody } from "@/server/errors";
import { LinkHostsSection } from "./link-hosts-section";
import { OrgRuleFields } from "./org-rule-fields";
import { draftOf, newRule, policyOf, type PolicyDraft } from "./policy-draft";

/** The field errors below "rules.<index>.", keyed by the rest of the path. */
function ruleErrors(fields: Record<string, string>, index: number): Record<string, string> {
  const prefix = `rules.${index}.`;
  return Object.fromEntries(Object.entries(fields).filter(([path]) => path.startsWith(prefix)).map(([path, message]) => [path.slice(prefix.length), message]));
}

/**
 * The organisation's allowed link hosts and own rules, saved as a whole: the server refuses the
 * settings when any host or rule is refused, and the form keeps what was typed, with each problem
 * next to its field. Unsaved changes are not lost to a closed tab without a question.
 */
export function PolicySettingsForm({ policy }: { policy: OrgPolicy }) {
  const { t } = useTranslation("common");
  const [saved, setSaved] = useState(() => draftOf(policy));
  const [draft, setDraft] = useState<PolicyDraft>(saved);
  const [error, setError] = useState<ErrorBody | null>(null);
  const [done, setDone] = useState(false);
  const [pending, startTransition] = useTransition();
  const focusAfterAdd = useRef(false);
  const dirty = useMemo(() => JSON.stringify(policyOf(draft)) !== JSON.stringify(policyOf(saved)), [draft, saved]);
  const fields = error?.fields ?? {};

  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [dirty]);

  useEffect(() => {
    if (!focusAfterAdd.current) return;
    focusAfterAdd.current = false;
    const fieldsets = document.querySelectorAll<HTMLFieldSetElement>("[data-org-rule] fieldset");
    fieldsets[fieldsets.length - 1]?.querySelector("input")?.focus();
  }, [draft.rules.length]);

  const change = (next: PolicyDraft) => {
    setDraft(next);
    setDone(false);
  };
  const save = () =>
    startTransition(async () => {
      const result = await updatePolicySettingsAction(policyOf(draft));
      if (result.ok) {
        const stored = draftOf(result.data.policy);
        setSaved(stored);
        setDraft(stored);
        setError(null);
        setDone(true);
      } else {
        setError(result.error);
        setDone(false);
      }
    });

  return (
    <form
      className="grid gap-8"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        save();
      }}
    >
      <LinkHostsSection hosts={draft.hosts} errors={fields} onChange={(kind, text) => change({ ...draft, hosts: { ...draft.hosts, [kind]: text } })} />

      <section aria-labelledby="org-rules-title" className="grid gap-4">
        <div>
          <h2 id="org-rules-title" className="text-lg font-semibold">{t("policySettings.rules.title")}</h2>
          <p className="text-sm text-muted-foreground">{t("policySettings.rules.description")}</p>
        </div>
        {draft.rules.length === 0 && <p className="rounded-md border border-dashed border-border p-4 text-sm text-muted-foreground">{t("policySettings.rules.empty")}</p>}
        <ul className="grid gap-4" data-org-rule>
          {draft.rules.map((rule, index) => (
            <li key={rule.key}>
              <OrgRuleFields
                rule={rule}
                index={index}
                errors={ruleErrors(fields, index)}
                onChange={(next) => change({ ...draft, rules: draft.rules.map((r, i) => (i === index ? next : r)) })}
                onRemove={() => change({ ...draft, rules: draft.rules.filter((_, i) => i !== index) })}
              />
            </li>
          ))}
        </ul>
        <div>
          <Button
            type="button"
            variant="outline"
            onClick={() => {
              focusAfterAdd.current = true;
              change({ ...draft, rules: [...draft.rules, newRule()] });
            }}
          >
            {t("policySettings.rules.add")}
          </Button>
        </div>
      </section>

      <div className="sticky bottom-0 grid gap-3 border-t border-border bg-background py-4">
        <FormError error={error} />
        {done && <Alert variant="success">{t("policySettings.saved")}</Alert>}
        <div className="flex flex-wrap items-center gap-3">
          <Button type="submit" disabled={pending || !dirty} aria-busy={pending || undefined}>
            {pending ? t("actions.saving") : t("actions.save")}
          </Button>
          {dirty && !pending && <span className="text-sm text-muted-foreground">{t("policySettings.unsaved")}</span>}
        </div>
      </div>
    </form>
  );
}
