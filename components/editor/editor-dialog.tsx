"use client";
import type { FormEvent, ReactNode } from "react";
import * as Dialog from "@radix-ui/react-dialog";
import { useTranslation } from "react-i18next";
import { Button } from "@/components/ui/button";

interface EditorDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: string;
  description: string;
  /** Label of the submit button; omitted for dialogs that act on selection (the placeholder picker). */
  submitLabel?: string;
  onSubmit?: () => void;
  children: ReactNode;
}

/** Modal dialog used by the toolbar: focus is trapped inside and returns to the toolbar on close. */
export function EditorDialog({ open, onOpenChange, title, description, submitLabel, onSubmit, children }: EditorDialogProps) {
  const { t } = useTranslation("editor");
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit?.();
  };
  return (
    <Dialog.Root open={open} onOpenChange={onOpenChange}>
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 z-40 bg-black/40" />
        <Dialog.Content className="fixed left-1/2 top-1/2 z-50 grid w-[min(32rem,calc(100vw-2rem))] -translate-x-1/2 -translate-y-1/2 gap-4 rounded-lg border border-border bg-background p-6 shadow-lg">
          <Dialog.Title className="text-lg font-semibold">{title}</Dialog.Title>
          <Dialog.Description className="text-sm text-muted-foreground">{description}</Dialog.Description>
          <form className="grid gap-4" onSubmit={submit} noValidate>
            {children}
            <div className="flex justify-end gap-2">
              <Dialog.Close asChild>
                <Button type="button" variant="outline">
                  {t("dialogs.cancel")}
                </Button>
              </Dialog.Close>
              {submitLabel && <Button type="submit">{submitLabel}</Button>}
            </div>
          </form>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
