"use client";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Field } from "@/components/forms/field";
import { cleanUrl, linkProblem } from "@/lib/editor/url-rules";
import { EditorDialog } from "./editor-dialog";
import { useFocusFirstInvalid } from "./use-focus-first-invalid";

interface LinkDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  initialHref: string;
  /** Asks for link text too when nothing is selected. */
  needsText: boolean;
  onSubmit: (link: { href: string; text: string }) => void;
}

/** Asks for an https address; the same check as the schema (`linkProblem`) decides, before the editor refuses. */
export function LinkDialog({ open, onOpenChange, initialHref, needsText, onSubmit }: LinkDialogProps) {
  const { t } = useTranslation("editor");
  const [href, setHref] = useState(initialHref);
  const [text, setText] = useState("");
  const [error, setError] = useState<string | undefined>();
  const { container, refused } = useFocusFirstInvalid<HTMLDivElement>();

  const submit = () => {
    const value = cleanUrl(href);
    const problem = value ? linkProblem(value) : "required";
    if (!value || problem) {
      setError(t(`dialogs.link.errors.${problem ?? "required"}`));
      return refused();
    }
    onSubmit({ href: value, text: text.trim() || value });
  };

  return (
    <EditorDialog
      open={open}
      onOpenChange={onOpenChange}
      title={t("dialogs.link.title")}
      description={t("dialogs.link.description")}
      submitLabel={t("dialogs.link.submit")}
      onSubmit={submit}
    >
      <div ref={container} className="grid gap-4">
        <Field
          name="href"
          type="url"
          inputMode="url"
          autoComplete="url"
          required
          label={t("dialogs.link.url")}
          placeholder="https://"
          value={href}
          error={error}
          onChange={(event) => {
            setHref(event.target.value);
            setError(undefined);
          }}
        />
        {needsText && <Field name="text" label={t("dialogs.link.text")} value={text} onChange={(event) => setText(event.target.value)} />}
      </div>
    </EditorDialog>
  );
}
