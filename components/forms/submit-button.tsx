"use client";
import { useFormStatus } from "react-dom";
import { Button, type ButtonProps } from "@/components/ui/button";

/**
 * Disabled with a progress label while its form is submitting, so nobody submits twice. A longer
 * accessible name ("Accept the word Zorblat") gives way to the progress label while pending, so
 * screen readers hear what sighted users see.
 */
export function SubmitButton({ label, pendingLabel, "aria-label": ariaLabel, ...props }: ButtonProps & { label: string; pendingLabel: string }) {
  const { pending } = useFormStatus();
  return (
    <Button type="submit" disabled={pending || props.disabled} aria-busy={pending || undefined} aria-label={pending ? undefined : ariaLabel} {...props}>
      {pending ? pendingLabel : label}
    </Button>
  );
}
