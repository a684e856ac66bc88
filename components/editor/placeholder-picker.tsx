"use client";
import { useId, useMemo, useState, type KeyboardEvent } from "react";
import { useTranslation } from "react-i18next";
import { Input } from "@/components/ui/input";
import { cn } from "@/lib/cn";
import { PLACEHOLDER_NAMES, PLACEHOLDERS, placeholderToken, type PlaceholderName } from "@/lib/editor/placeholders";
import { EditorDialog } from "./editor-dialog";

interface PlaceholderPickerProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  onPick: (name: PlaceholderName) => void;
}

/**
 * A searchable list of the placeholder catalogue (ARIA combobox with a listbox): type to filter,
 * arrow keys to move, Enter to insert, Escape to close.
 */
export function PlaceholderPicker({ open, onOpenChange, onPick }: PlaceholderPickerProps) {
  const { t } = useTranslation("editor");
  const id = useId();
  const [query, setQuery] = useState("");
  const [active, setActive] = useState(0);

  const matches = useMemo(() => {
    const needle = query.trim().toLocaleLowerCase();
    return PLACEHOLDER_NAMES.filter((name) => {
      if (!needle) return true;
      const haystack = `${t(PLACEHOLDERS[name].labelKey)} ${name} ${t(PLACEHOLDERS[name].descriptionKey)}`.toLocaleLowerCase();
      return haystack.includes(needle);
    });
  }, [query, t]);
  const activeIndex = Math.min(active, Math.max(0, matches.length - 1));

  const pick = (name: PlaceholderName) => {
    onPick(name);
    setQuery("");
    setActive(0);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const last = matches.length - 1;
    const moves: Record<string, number> = { ArrowDown: activeIndex + 1, ArrowUp: activeIndex - 1, Home: 0, End: last };
    if (event.key in moves) {
      event.preventDefault();
      setActive(Math.max(0, Math.min(last, moves[event.key])));
    } else if (event.key === "Enter") {
      event.preventDefault();
      if (matches[activeIndex]) pick(matches[activeIndex]);
    }
  };

  const optionId = (name: string) => `${id}-option-${name}`;
  return (
    <EditorDialog
      open={open}
      onOpenChange={onOpenChange}
      title={t("dialogs.placeholder.title")}
      description={t("dialogs.placeholder.description")}
    >
      <Input
        role="combobox"
        aria-label={t("dialogs.placeholder.search")}
        aria-expanded="true"
        aria-controls={`${id}-list`}
        aria-autocomplete="list"
        aria-activedescendant={matches[activeIndex] ? optionId(matches[activeIndex]) : undefined}
        value={query}
        autoFocus
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
      />
      <ul id={`${id}-list`} role="listbox" aria-label={t("dialogs.placeholder.results")} className="grid max-h-72 gap-1 overflow-y-auto">
        {matches.map((name, index) => (
          <li
            key={name}
            id={optionId(name)}
            role="option"
            aria-selected={index === activeIndex}
            className={cn(
              "cursor-pointer rounded-md px-3 py-2 text-sm",
              index === activeIndex ? "bg-primary text-primary-foreground" : "hover:bg-muted",
            )}
            onMouseEnter={() => setActive(index)}
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => pick(name)}
          >
            <span className="font-medium">{t(PLACEHOLDERS[name].labelKey)}</span>{" "}
            <code className={cn("text-xs", index === activeIndex ? "text-primary-foreground" : "text-muted-foreground")}>
              {placeholderToken(name)}
            </code>
            <span className={cn("block text-xs", index === activeIndex ? "text-primary-foreground" : "text-muted-foreground")}>
              {t(PLACEHOLDERS[name].descriptionKey)}
            </span>
          </li>
        ))}
      </ul>
      {matches.length === 0 && (
        <p role="status" className="text-sm text-muted-foreground">
          {t("dialogs.placeholder.none")}
        </p>
      )}
    </EditorDialog>
  );
}
