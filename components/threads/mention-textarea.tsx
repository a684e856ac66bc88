"use client";
import { useId, useRef, useState, type ChangeEvent, type KeyboardEvent } from "react";
import { useTranslation } from "react-i18next";
import { mentionQueryAt, suggestMembers, type Mentionable } from "@/lib/threads/mentions";
import { THREAD_LIMITS } from "@/lib/threads/model";
import { Textarea } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { cn } from "@/lib/cn";

interface Props {
  label: string;
  value: string;
  onChange: (value: string) => void;
  members: readonly Mentionable[];
  disabled?: boolean;
  error?: string | null;
  /** Ctrl/Cmd+Enter sends, as in most comment boxes. */
  onSubmit?: () => void;
}

/**
 * A comment box where "@" offers the organisation's members: arrow keys move through the
 * suggestions, Enter or Tab takes one, Escape closes them. The text stays plain ("@Anna Author"):
 * the server finds the mentions in it, so a name typed in full works as well as a picked one.
 */
export function MentionTextarea({ label, value, onChange, members, disabled, error, onSubmit }: Props) {
  const { t } = useTranslation("threads");
  const id = useId();
  const listId = `${id}-mentions`;
  const ref = useRef<HTMLTextAreaElement>(null);
  const [query, setQuery] = useState<{ start: number; query: string } | null>(null);
  const [active, setActive] = useState(0);
  const suggestions = query ? suggestMembers(members, query.query) : [];
  const open = suggestions.length > 0;

  const update = (text: string, caret: number) => {
    onChange(text);
    setQuery(mentionQueryAt(text, caret));
    setActive(0);
  };

  const choose = (member: Mentionable) => {
    if (!query) return;
    const caret = query.start + 1 + query.query.length;
    const inserted = `@${member.name} `;
    const text = value.slice(0, query.start) + inserted + value.slice(caret);
    onChange(text);
    setQuery(null);
    const at = query.start + inserted.length;
    requestAnimationFrame(() => {
      ref.current?.focus();
      ref.current?.setSelectionRange(at, at);
    });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey) && onSubmit) {
      event.preventDefault();
      onSubmit();
      return;
    }
    if (!open) return;
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      const step = event.key === "ArrowDown" ? 1 : -1;
      setActive((i) => (i + step + suggestions.length) % suggestions.length);
    } else if (event.key === "Enter" || event.key === "Tab") {
      event.preventDefault();
      choose(suggestions[active]!);
    } else if (event.key === "Escape") {
      event.preventDefault();
      setQuery(null);
    }
  };

  return (
    <div className="relative grid gap-1.5">
      <Label htmlFor={id}>{label}</Label>
      <Textarea
        ref={ref}
        id={id}
        rows={3}
        value={value}
        disabled={disabled}
        maxLength={THREAD_LIMITS.bodyLength}
        aria-describedby={`${id}-hint${error ? ` ${id}-error` : ""}`}
        aria-invalid={error ? true : undefined}
        aria-controls={open ? listId : undefined}
        aria-autocomplete="list"
        aria-activedescendant={open ? `${listId}-${active}` : undefined}
        onChange={(event: ChangeEvent<HTMLTextAreaElement>) => update(event.target.value, event.target.selectionStart)}
        onKeyDown={onKeyDown}
        onBlur={() => setQuery(null)}
      />
      <p id={`${id}-hint`} className="text-xs text-muted-foreground">{t("mentionHint")}</p>
      {error && <p id={`${id}-error`} className="text-xs font-medium text-destructive">{error}</p>}
      {open && (
        <ul id={listId} role="listbox" aria-label={t("mentionSuggestions")} className="absolute top-full z-10 mt-1 grid max-h-56 w-64 overflow-auto rounded-md border border-border bg-background p-1 shadow-md">
          {suggestions.map((member, index) => (
            <li
              key={member.id}
              id={`${listId}-${index}`}
              role="option"
              aria-selected={index === active}
              className={cn("cursor-pointer rounded px-2 py-1 text-sm", index === active && "bg-blue-50 font-medium")}
              // mousedown, not click: a click would blur the textarea first and close the list.
              onMouseDown={(event) => {
                event.preventDefault();
                choose(member);
              }}
            >
              {member.name}
            </li>
          ))}
        </ul>
      )}
      <p className="sr-only" aria-live="polite">{open ? t("suggestionsShown", { count: suggestions.length }) : ""}</p>
    </div>
  );
}
