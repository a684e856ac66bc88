"use client";
import { BUYER_LOCALE_CODES, localeLabel } from "@/lib/locales/catalogue";
import { useUiLanguage } from "@/components/i18n-provider";

/** The buyer locales a translator may edit, as a scrollable group of checkboxes. */
export function LocaleCheckboxes({ legend, hint, selected, error, idPrefix, name = "locales" }: { legend: string; hint?: string; selected: string[]; error?: string; idPrefix: string; name?: string }) {
  const lng = useUiLanguage();
  return (
    <fieldset className="grid gap-1.5" aria-describedby={error ? `${idPrefix}-${name}-error` : undefined}>
      <legend className="text-sm font-medium">{legend}</legend>
      {hint && <p className="text-xs text-muted-foreground">{hint}</p>}
      <div className="grid max-h-40 grid-cols-2 gap-1 overflow-y-auto rounded-md border border-border p-2" tabIndex={-1}>
        {BUYER_LOCALE_CODES.map((code) => (
          <label key={code} className="flex items-center gap-2 text-sm">
            <input type="checkbox" name={`${name}[]`} value={code} defaultChecked={selected.includes(code)} />
            <span>
              {localeLabel(code, lng)} <span className="text-muted-foreground">({code})</span>
            </span>
          </label>
        ))}
      </div>
      {error && (
        <p id={`${idPrefix}-${name}-error`} className="text-xs font-medium text-destructive">
          {error}
        </p>
      )}
    </fieldset>
  );
}
