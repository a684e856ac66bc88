import * as React from "react";
import { cn } from "@/lib/cn";

export function Input({ className, ...props }: React.InputHTMLAttributes<HTMLInputElement>) {
  return (
    <input
      className={cn(
        "flex h-9 w-full rounded-md border border-border bg-background px-3 py-1 text-sm placeholder:text-muted-foreground disabled:opacity-60 aria-[invalid=true]:border-destructive",
        className,
      )}
      {...props}
    />
  );
}

export function Textarea({ className, ...props }: React.ComponentProps<"textarea">) {
  return (
    <textarea
      className={cn("flex min-h-20 w-full rounded-md border border-border bg-background px-3 py-2 text-sm aria-[invalid=true]:border-destructive", className)}
      {...props}
    />
  );
}

export function Select({ className, ...props }: React.SelectHTMLAttributes<HTMLSelectElement>) {
  // max-w-full: a long option (a French audit action) must not widen the page past a phone screen.
  return <select className={cn("h-9 min-w-0 max-w-full rounded-md border border-border bg-background px-2 text-sm", className)} {...props} />;
}
