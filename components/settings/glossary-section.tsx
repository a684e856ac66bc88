"use client";
import { useEffect, useId, useRef } from "react";
import { useTranslation } from "react-i18next";
import { errorsUnder, FieldErrors } from "./field-errors";
import { Button } from "@/components/ui/button";
import { Input, Select } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { PRODUCT_LANGUAGES } from "@/lib/policy/languages";
import { languageName } from "@/lib/policy/localize";
import { GLOSSARY_STATUSES, type GlossaryStatus } from "@/lib/policy/org-policy";
import { duplicateLanguages, newGlossaryEntry, type GlossaryDraft, type GlossaryEntryDraft, type GlossaryTranslationDraft } from "./policy-draft";

const STATUS_KEYS: Record<GlossaryStatus, string> = {
  preferred: "policySettings.glossary.statusPreferred",
  forbidden: "policySettings.glossary.statusForbidden",
  "do-not-translate": "policySettings.glossary.statusDoNotTranslate",
};

/** One glossary term: its text, language and note, and one row per target language. */
function GlossaryEntryFields({
  entry,
  index,
  errors,
  onChange,
  onRemove,
}: {
  entry: GlossaryEntryDraft;
  index: number;
  /** Field errors of this entry, by path below "glossary.entries.<index>." ("term", "translations.de.text"). */
  errors: Record<string, string>;
  onChange: (next: GlossaryEntryDraft) => void;
  onRemove: () => void;
}) {
  const { t, i18n } = useTranslation("common");
  const { t: tp } = useTranslation("policy");
  const id = useId();
  const title = entry.term.trim() || t("policySettings.glossary.untitled", { n: index + 1 });
  const errorsAt = (prefix: string) => errorsUnder(errors, prefix);
  const repeated = duplicateLanguages(entry);
  const setRow = (at: number, change: Partial<GlossaryTranslationDraft>) => onChange({ ...entry, translations: entry.translations.map((row, i) => (i === at ? { ...row, ...change } : row)) });
  const languageOptions = PRODUCT_LANGUAGES.map((code) => <option key={code} value={code}>{languageName(code, i18n.language)}</option>);
  const termErrors = errorsAt("term");
  const noteErrors = errorsAt("note");
  const listErrors = Object.entries(errors).filter(([path]) => path === "translations").map(([, m]) => m);
  return (
    <fieldset className="grid gap-4 rounded-md border border-border p-4">
      <legend className="px-1 text-sm font-semibold">{title}</legend>
      <div className="grid gap-4 md:grid-cols-[2fr_1fr]">
        <div className="grid gap-1.5">
          <Label htmlFor={`${id}-term`}>{t("policySettings.glossary.term")}</Label>
          <Input
            id={`${id}-term`}
            data-glossary-term
            value={entry.term}
            onChange={(e) => onChange({ ...entry, term: e.target.value })}
            aria-invalid={termErrors.length > 0 || undefined}
            aria-describedby={termErrors.length ? `${id}-term-error` : undefined}
          />
          <FieldErrors id={`${id}-term-error`} messages={termErrors} />
        </div>
        <div className="grid gap-1.5">
          <Label htmlFor={`${id}-source`}>{t("policySettings.glossary.sourceLanguage")}</Label>
          <Select id={`${id}-source`} value={entry.sourceLanguage} onChange={(e) => onChange({ ...entry, sourceLanguage: e.target.value })}>
            {languageOptions}
          </Select>
        </div>
      </div>
      <div className="grid gap-1.5">
        <Label htmlFor={`${id}-note`}>{t("policySettings.glossary.note")}</Label>
        <Input
          id={`${id}-note`}
          value={entry.note}
          onChange={(e) => onChange({ ...entry, note: e.target.value })}
          aria-invalid={noteErrors.length > 0 || undefined}
          aria-describedby={noteErrors.length ? `${id}-note-error` : undefined}
        />
        <FieldErrors id={`${id}-note-error`} messages={noteErrors} />
      </div>
      <div className="grid gap-2">
        <h3 className="text-sm font-medium">{t("policySettings.glossary.translations")}</h3>
        <FieldErrors id={`${id}-translations-error`} messages={listErrors} />
        {entry.translations.map((row, at) => {
          const rowId = `${id}-translation-${at}`;
          const messages = [...errorsAt(`translations.${row.language}`), ...(repeated.includes(at) ? [tp("orgPolicy.errors.glossaryDuplicateLanguage")] : [])];
          const n = at + 1;
          return (
            <div key={at} className="grid gap-1">
              <div className="grid items-end gap-2 sm:grid-cols-[10rem_10rem_1fr_auto]">
                <div className="grid gap-1">
                  <Label htmlFor={`${rowId}-language`} className="text-xs">{t("policySettings.glossary.language", { n })}</Label>
                  <Select
                    id={`${rowId}-language`}
                    value={row.language}
                    onChange={(e) => setRow(at, { language: e.target.value })}
                    aria-invalid={messages.length > 0 || undefined}
                    aria-describedby={messages.length ? `${rowId}-error` : undefined}
                  >
                    {languageOptions}
                  </Select>
                </div>
                <div className="grid gap-1">
                  <Label htmlFor={`${rowId}-status`} className="text-xs">{t("policySettings.glossary.status", { n })}</Label>
                  <Select id={`${rowId}-status`} value={row.status} onChange={(e) => setRow(at, { status: e.target.value as GlossaryStatus })}>
                    {GLOSSARY_STATUSES.map((status) => <option key={status} value={status}>{t(STATUS_KEYS[status])}</option>)}
                  </Select>
                </div>
                <div className="grid gap-1">
                  <Label htmlFor={`${rowId}-text`} className="text-xs">{t("policySettings.glossary.text", { n })}</Label>
                  <Input
                    id={`${rowId}-text`}
                    value={row.status === "do-not-translate" ? entry.term : row.text}
                    disabled={row.status === "do-not-translate"}
                    onChange={(e) => setRow(at, { text: e.target.value })}
                    aria-invalid={messages.length > 0 || undefined}
                    aria-describedby={messages.length ? `${rowId}-error` : undefined}
                  />
                </div>
                <Button type="button" variant="outline" size="sm" disabled={entry.translations.length === 1} onClick={() => onChange({ ...entry, translations: entry.translations.filter((_, i) => i !== at) })}>
                  {t("policySettings.glossary.removeTranslation", { n })}
                </Button>
              </div>
              <FieldErrors id={`${rowId}-error`} messages={messages} />
            </div>
          );
        })}
        <div>
          <Button
            type="button"
            variant="outline"
            size="sm"
            onClick={() => {
              const used = new Set(entry.translations.map((row) => row.language));
              const language = PRODUCT_LANGUAGES.find((code) => code !== entry.sourceLanguage && !used.has(code)) ?? "de";
              onChange({ ...entry, translations: [...entry.translations, { language, text: "", status: "preferred" }] });
            }}
          >
            {t("policySettings.glossary.addTranslation")}
          </Button>
        </div>
      </div>
      <div>
        <Button type="button" variant="outline" size="sm" onClick={onRemove}>{t("policySettings.glossary.remove", { term: title })}</Button>
      </div>
    </fieldset>
  );
}

/** The field errors below "glossary.entries.<index>.", keyed by the rest of the path. */
function entryErrors(fields: Record<string, string>, index: number): Record<string, string> {
  const prefix = `glossary.entries.${index}.`;
  return Object.fromEntries(Object.entries(fields).filter(([path]) => path.startsWith(prefix)).map(([path, message]) => [path.slice(prefix.length), message]));
}

/**
 * Settings → Policy → Glossary: the organisation's terms and how each language renders them, and
 * whether forbidden renderings and missing do-not-translate terms block approval. Saved with the
 * rest of the policy settings (the form's Save).
 */
export function GlossarySection({ glossary, errors, onChange }: { glossary: GlossaryDraft; errors: Record<string, string>; onChange: (next: GlossaryDraft) => void }) {
  const { t } = useTranslation("common");
  const id = useId();
  const focusAfterAdd = useRef(false);
  const listRef = useRef<HTMLUListElement>(null);
  useEffect(() => {
    if (!focusAfterAdd.current) return;
    focusAfterAdd.current = false;
    const terms = listRef.current?.querySelectorAll<HTMLInputElement>("[data-glossary-term]");
    terms?.[terms.length - 1]?.focus();
  }, [glossary.entries.length]);
  const listError = Object.entries(errors).filter(([path]) => path === "glossary" || path === "glossary.entries").map(([, m]) => m);
  const toggle = (field: "forbiddenIsError" | "untranslatedMissingIsError") => (
    <label className="flex items-center gap-2 text-sm font-medium">
      <input type="checkbox" checked={glossary[field]} onChange={(e) => onChange({ ...glossary, [field]: e.target.checked })} aria-describedby={`${id}-switches-hint`} />
      {t(`policySettings.glossary.${field}`)}
    </label>
  );
  return (
    <section aria-labelledby={`${id}-title`} className="grid gap-4">
      <div>
        <h2 id={`${id}-title`} className="text-lg font-semibold">{t("policySettings.glossary.title")}</h2>
        <p className="text-sm text-muted-foreground">{t("policySettings.glossary.description")}</p>
      </div>
      <div className="grid gap-1">
        {toggle("forbiddenIsError")}
        {toggle("untranslatedMissingIsError")}
        <p id={`${id}-switches-hint`} className="text-xs text-muted-foreground">{t("policySettings.glossary.switchesHint")}</p>
      </div>
      <FieldErrors id={`${id}-error`} messages={listError} />
      {glossary.entries.length === 0 && <p className="rounded-md border border-dashed border-border p-4 text-sm text-muted-foreground">{t("policySettings.glossary.empty")}</p>}
      <ul className="grid gap-4" ref={listRef}>
        {glossary.entries.map((entry, index) => (
          <li key={entry.key}>
            <GlossaryEntryFields
              entry={entry}
              index={index}
              errors={entryErrors(errors, index)}
              onChange={(next) => onChange({ ...glossary, entries: glossary.entries.map((e, i) => (i === index ? next : e)) })}
              onRemove={() => onChange({ ...glossary, entries: glossary.entries.filter((_, i) => i !== index) })}
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
            onChange({ ...glossary, entries: [...glossary.entries, newGlossaryEntry()] });
          }}
        >
          {t("policySettings.glossary.add")}
        </Button>
      </div>
    </section>
  );
}
