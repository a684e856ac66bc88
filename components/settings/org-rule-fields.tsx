"use client";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { errorsUnder, FieldErrors } from "./field-errors";
import { Button } from "@/components/ui/button";
import { Input, Select, Textarea } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { languageName } from "@/lib/policy/localize";
import { ORG_RULE_LANGUAGES, type OrgRulePattern } from "@/lib/policy/org-policy";
import { lineOfEntry, type RuleDraft } from "./policy-draft";

/** One organisation rule: its texts, its patterns (one row each) and the examples it is tested on. */
export function OrgRuleFields({
  rule,
  index,
  errors,
  onChange,
  onRemove,
}: {
  rule: RuleDraft;
  index: number;
  /** Field errors of this rule, by path below "rules.<index>." ("name", "patterns.1", "mustMatch.0"). */
  errors: Record<string, string>;
  onChange: (next: RuleDraft) => void;
  onRemove: () => void;
}) {
  const { t, i18n } = useTranslation("common");
  const id = useId();
  const title = rule.name.trim() || t("policySettings.rule.untitled", { n: index + 1 });
  const nameOf = (code: string) => (code === "all" ? t("policySettings.rule.allLanguages") : languageName(code, i18n.language));
  const errorsAt = (prefix: string) => errorsUnder(errors, prefix);
  const exampleErrors = (list: "mustMatch" | "mustNotMatch") =>
    Object.entries(errors)
      .filter(([path]) => path.startsWith(`${list}.`))
      .map(([path, message]) => t("policySettings.lineError", { line: lineOfEntry(rule[list], Number(path.split(".")[1])), message }));
  const setPattern = (at: number, change: Partial<OrgRulePattern>) => onChange({ ...rule, patterns: rule.patterns.map((p, i) => (i === at ? { ...p, ...change } : p)) });
  const text = (field: "name" | "message" | "link", label: string, hint?: string) => {
    const messages = errorsAt(field);
    return (
      <div className="grid gap-1.5">
        <Label htmlFor={`${id}-${field}`}>{label}</Label>
        <Input
          id={`${id}-${field}`}
          type={field === "link" ? "url" : "text"}
          value={rule[field]}
          onChange={(e) => onChange({ ...rule, [field]: e.target.value })}
          aria-invalid={messages.length > 0 || undefined}
          aria-describedby={[hint ? `${id}-${field}-hint` : "", messages.length ? `${id}-${field}-error` : ""].filter(Boolean).join(" ") || undefined}
        />
        {hint && <p id={`${id}-${field}-hint`} className="text-xs text-muted-foreground">{hint}</p>}
        <FieldErrors id={`${id}-${field}-error`} messages={messages} />
      </div>
    );
  };
  const examples = (list: "mustMatch" | "mustNotMatch") => {
    const messages = exampleErrors(list);
    return (
      <div className="grid gap-1.5">
        <Label htmlFor={`${id}-${list}`}>{t(`policySettings.rule.${list}`)}</Label>
        <Textarea
          id={`${id}-${list}`}
          rows={2}
          value={rule[list]}
          onChange={(e) => onChange({ ...rule, [list]: e.target.value })}
          aria-invalid={messages.length > 0 || undefined}
          aria-describedby={`${id}-examples-hint${messages.length ? ` ${id}-${list}-error` : ""}`}
        />
        <FieldErrors id={`${id}-${list}-error`} messages={messages} />
      </div>
    );
  };
  return (
    <fieldset className="grid gap-4 rounded-md border border-border p-4">
      <legend className="px-1 text-sm font-semibold">{title}</legend>
      <div className="grid gap-4 md:grid-cols-2">
        {text("name", t("policySettings.rule.name"), rule.id ? t("policySettings.rule.idHint", { id: `org.${rule.id}` }) : undefined)}
        <div className="grid gap-1.5">
          <Label htmlFor={`${id}-severity`}>{t("policySettings.rule.severity")}</Label>
          <Select id={`${id}-severity`} value={rule.severity} onChange={(e) => onChange({ ...rule, severity: e.target.value as RuleDraft["severity"] })}>
            <option value="warning">{t("policySettings.rule.severityWarning")}</option>
            <option value="error">{t("policySettings.rule.severityError")}</option>
          </Select>
        </div>
        {text("message", t("policySettings.rule.message"))}
        {text("link", t("policySettings.rule.link"), t("policySettings.rule.linkHint"))}
      </div>
      <div className="grid gap-2">
        <h3 className="text-sm font-medium">{t("policySettings.rule.patterns")}</h3>
        <p className="text-xs text-muted-foreground">{t("policySettings.rule.patternsHint")}</p>
        <FieldErrors id={`${id}-patterns-error`} messages={Object.entries(errors).filter(([path]) => path === "patterns").map(([, m]) => m)} />
        {rule.patterns.map((pattern, at) => {
          const messages = errorsAt(`patterns.${at}`);
          const rowId = `${id}-pattern-${at}`;
          return (
            <div key={at} className="grid gap-1">
              <div className="grid items-end gap-2 sm:grid-cols-[10rem_9rem_1fr_auto]">
                <div className="grid gap-1">
                  <Label htmlFor={`${rowId}-language`} className="text-xs">{t("policySettings.rule.patternLanguage", { n: at + 1 })}</Label>
                  <Select id={`${rowId}-language`} value={pattern.language} onChange={(e) => setPattern(at, { language: e.target.value as OrgRulePattern["language"] })}>
                    {ORG_RULE_LANGUAGES.map((code) => <option key={code} value={code}>{nameOf(code)}</option>)}
                  </Select>
                </div>
                <div className="grid gap-1">
                  <Label htmlFor={`${rowId}-kind`} className="text-xs">{t("policySettings.rule.patternKind", { n: at + 1 })}</Label>
                  <Select id={`${rowId}-kind`} value={pattern.kind} onChange={(e) => setPattern(at, { kind: e.target.value as OrgRulePattern["kind"] })}>
                    <option value="words">{t("policySettings.rule.kindWords")}</option>
                    <option value="regex">{t("policySettings.rule.kindRegex")}</option>
                  </Select>
                </div>
                <div className="grid gap-1">
                  <Label htmlFor={`${rowId}-value`} className="text-xs">{t("policySettings.rule.patternValue", { n: at + 1 })}</Label>
                  <Input
                    id={`${rowId}-value`}
                    value={pattern.value}
                    onChange={(e) => setPattern(at, { value: e.target.value })}
                    className={pattern.kind === "regex" ? "font-mono" : undefined}
                    aria-invalid={messages.length > 0 || undefined}
                    aria-describedby={messages.length ? `${rowId}-error` : undefined}
                  />
                </div>
                <Button type="button" variant="outline" size="sm" disabled={rule.patterns.length === 1} onClick={() => onChange({ ...rule, patterns: rule.patterns.filter((_, i) => i !== at) })}>
                  {t("policySettings.rule.removePattern", { n: at + 1 })}
                </Button>
              </div>
              <FieldErrors id={`${rowId}-error`} messages={messages} />
            </div>
          );
        })}
        <div>
          <Button type="button" variant="outline" size="sm" onClick={() => onChange({ ...rule, patterns: [...rule.patterns, { language: "all", kind: "words", value: "" }] })}>
            {t("policySettings.rule.addPattern")}
          </Button>
        </div>
      </div>
      <div className="grid gap-2">
        <p id={`${id}-examples-hint`} className="text-xs text-muted-foreground">{t("policySettings.rule.examplesHint")}</p>
        <div className="grid gap-4 md:grid-cols-2">
          {examples("mustMatch")}
          {examples("mustNotMatch")}
        </div>
      </div>
      <div>
        <Button type="button" variant="outline" size="sm" onClick={onRemove}>{t("policySettings.rule.remove", { name: title })}</Button>
      </div>
    </fieldset>
  );
}
