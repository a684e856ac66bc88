"use client";
import { useFormStatus } from "react-dom";
import { Button, type ButtonProps } from "@/components/ui/button";

/** Disabled with a progress label while its form is submitting, so nobody submits twice. */
export function SubmitButton({ label, pendingLabel, ...props }: ButtonProps & { label: string; pendingLabel: string }) {
  const { pending } = useFormStatus();
  return (
    <Button type="submit" disabled={pending || props.disabled} aria-busy={pending || undefined} {...props}>
      {pending ? pendingLabel : label}
    </Button>
  );
}
