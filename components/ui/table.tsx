import type { HTMLAttributes, ReactNode, TdHTMLAttributes, ThHTMLAttributes } from "react";
import { cn } from "@/lib/cn";

/**
 * The studio's data tables: one look, and the semantics screen readers need (a caption, column and
 * row headers with their scope) written once. Scrolls sideways on narrow screens instead of overflowing.
 */
export function Table({ caption, children, className }: { caption: string; children: ReactNode; className?: string }) {
  return (
    // relative: the visually hidden caption and header texts are positioned absolutely; without a
    // positioned scroll box they escape it and widen the whole page on a phone.
    <div className="relative overflow-x-auto">
      <table className={cn("w-full text-start text-sm", className)}>
        <caption className="sr-only">{caption}</caption>
        {children}
      </table>
    </div>
  );
}

/** The header row: one TableColumn per column. */
export function TableHead({ children }: { children: ReactNode }) {
  return (
    <thead className="border-b border-border">
      <tr>{children}</tr>
    </thead>
  );
}

export function TableColumn({ className, ...props }: ThHTMLAttributes<HTMLTableCellElement>) {
  return <th scope="col" className={cn("py-2 pe-4", className)} {...props} />;
}

export function TableRow({ className, ...props }: HTMLAttributes<HTMLTableRowElement>) {
  return <tr className={cn("border-b border-border align-top", className)} {...props} />;
}

/** The cell that names its row (the key's name, the error code). */
export function TableRowHeader({ className, ...props }: ThHTMLAttributes<HTMLTableCellElement>) {
  return <th scope="row" className={cn("py-2 pe-4 font-medium", className)} {...props} />;
}

export function TableCell({ className, ...props }: TdHTMLAttributes<HTMLTableCellElement>) {
  return <td className={cn("py-2 pe-4", className)} {...props} />;
}
