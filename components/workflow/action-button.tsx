"use client";
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { Button, type ButtonProps } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";
import type { ActionResult } from "@/server/action";

/** A button that runs a server action, shows progress, and shows the coded error when it fails. */
export function ActionButton<R>({
  action,
  label,
  pendingLabel,
  onDone,
  ...buttonProps
}: Omit<ButtonProps, "onClick" | "action"> & { action: () => Promise<ActionResult<R>>; label: string; pendingLabel: string; onDone?: (data: R) => void }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="grid gap-2">
      <Button
        type="button"
        disabled={pending || buttonProps.disabled}
        aria-busy={pending || undefined}
        {...buttonProps}
        onClick={() =>
          startTransition(async () => {
            const result = await action();
            if (result.ok) {
              setError(null);
              onDone?.(result.data);
              router.refresh();
            } else setError(result.error.message);
          })
        }
      >
        {pending ? pendingLabel : label}
      </Button>
      {error && <Alert variant="destructive">{error}</Alert>}
    </div>
  );
}
