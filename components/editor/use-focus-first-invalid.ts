"use client";
import { useEffect, useRef, useState } from "react";

/**
 * After a refused submit, moves focus to the first field marked aria-invalid, once the errors are
 * rendered: screen readers then read the field with its error (aria-describedby), and keyboard
 * users land where the fix goes instead of staying on the submit button.
 */
export function useFocusFirstInvalid<T extends HTMLElement>() {
  const container = useRef<T>(null);
  const [refusals, setRefusals] = useState(0);
  useEffect(() => {
    if (refusals > 0) container.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [refusals]);
  return { container, refused: () => setRefusals((count) => count + 1) };
}
