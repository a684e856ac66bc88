"use client";
import { useTranslation } from "react-i18next";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/password-rules";
import { Field } from "./field";

/** A field for choosing a password: the rules as its hint, the browser's password manager told it is new. */
export function NewPasswordField({ name, label, error }: { name: string; label: string; error?: string }) {
  const { t } = useTranslation("auth");
  return (
    <Field
      name={name}
      type="password"
      autoComplete="new-password"
      required
      minLength={MIN_PASSWORD_LENGTH}
      label={label}
      hint={t("passwordRules", { min: MIN_PASSWORD_LENGTH })}
      error={error}
    />
  );
}
