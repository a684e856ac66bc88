"use client";
import { useTransition } from "react";
import { useTranslation } from "react-i18next";
import { ChevronsUpDown } from "lucide-react";
import { switchOrganisationAction } from "@/server/actions/auth";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuLabel,
  DropdownMenuRadioGroup,
  DropdownMenuRadioItem,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import { Button } from "@/components/ui/button";

export function OrganisationSwitcher({ organisations, currentId }: { organisations: { id: string; name: string }[]; currentId: string }) {
  const { t } = useTranslation("common");
  const [pending, startTransition] = useTransition();
  const current = organisations.find((o) => o.id === currentId);
  const choose = (id: string) => {
    if (id === currentId) return;
    const form = new FormData();
    form.set("organisationId", id);
    startTransition(() => switchOrganisationAction(form));
  };
  return (
    <DropdownMenu>
      <DropdownMenuTrigger asChild>
        <Button variant="outline" className="w-full justify-between" aria-label={t("shell.switchOrganisation", { name: current?.name ?? "" })} aria-busy={pending || undefined}>
          <span className="truncate">{current?.name}</span>
          <ChevronsUpDown aria-hidden="true" className="h-4 w-4 opacity-60" />
        </Button>
      </DropdownMenuTrigger>
      <DropdownMenuContent align="start">
        <DropdownMenuLabel>{t("shell.organisation")}</DropdownMenuLabel>
        <DropdownMenuRadioGroup value={currentId} onValueChange={choose}>
          {organisations.map((o) => (
            <DropdownMenuRadioItem key={o.id} value={o.id}>
              {o.name}
            </DropdownMenuRadioItem>
          ))}
        </DropdownMenuRadioGroup>
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
