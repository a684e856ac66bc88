"use client";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Field } from "@/components/forms/field";
import { toSafeImageAttributes, type SafeImageAttributes } from "@/lib/editor/extensions/image";
import { cleanUrl, imageProblem, isAllowedImageWidth, isUsableAlt, MAX_IMAGE_WIDTH_PERCENT } from "@/lib/editor/url-rules";
import { EditorDialog } from "./editor-dialog";
import { useFocusFirstInvalid } from "./use-focus-first-invalid";

interface ImageDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  onSubmit: (image: SafeImageAttributes) => void;
}

type Errors = Partial<Record<"src" | "alt" | "width", string>>;

/** Image address (https), required alternative text and a width in percent ≤ 80, checked with the schema's own rules. */
export function ImageDialog({ open, onOpenChange, onSubmit }: ImageDialogProps) {
  const { t } = useTranslation("editor");
  const [src, setSrc] = useState("");
  const [alt, setAlt] = useState("");
  const [width, setWidth] = useState(String(MAX_IMAGE_WIDTH_PERCENT));
  const [errors, setErrors] = useState<Errors>({});
  const { container, refused } = useFocusFirstInvalid<HTMLDivElement>();

  const submit = () => {
    const next: Errors = {};
    const problem = cleanUrl(src) ? imageProblem(src) : "required";
    if (problem) next.src = t(`dialogs.image.errors.${problem}`);
    if (!isUsableAlt(alt)) next.alt = t("dialogs.image.errors.image-without-alt");
    const percent = Number(width);
    if (!isAllowedImageWidth(percent)) next.width = t("dialogs.image.errors.image-width");
    setErrors(next);
    const attrs = toSafeImageAttributes({ src, alt, width: percent });
    if (Object.keys(next).length === 0 && attrs) {
      onSubmit(attrs);
      setSrc("");
      setAlt("");
      setWidth(String(MAX_IMAGE_WIDTH_PERCENT));
    } else refused();
  };

  return (
    <EditorDialog
      open={open}
      onOpenChange={onOpenChange}
      title={t("dialogs.image.title")}
      description={t("dialogs.image.description")}
      submitLabel={t("dialogs.image.submit")}
      onSubmit={submit}
    >
      <div ref={container} className="grid gap-4">
        <Field
          name="src"
          type="url"
          inputMode="url"
          required
          label={t("dialogs.image.url")}
          placeholder="https://"
          value={src}
          error={errors.src}
          onChange={(event) => setSrc(event.target.value)}
        />
        <Field
          name="alt"
          required
          label={t("dialogs.image.alt")}
          hint={t("dialogs.image.altHint")}
          value={alt}
          error={errors.alt}
          onChange={(event) => setAlt(event.target.value)}
        />
        <Field
          name="width"
          type="number"
          inputMode="numeric"
          min={1}
          max={MAX_IMAGE_WIDTH_PERCENT}
          step={1}
          required
          label={t("dialogs.image.width")}
          value={width}
          error={errors.width}
          onChange={(event) => setWidth(event.target.value)}
        />
      </div>
    </EditorDialog>
  );
}
