"use client";
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, type ReactNode } from "react";
import type { NodeJSON } from "@/lib/editor/extensions";
import type { ApplyPlacement, KnownTranslations } from "@/lib/translation-memory/apply-match";

/**
 * Inserts a stored translation for a source unit; answers where it went (null: nowhere). `known`:
 * every unit's stored translations, by which blocks already used are recognised.
 */
export type MemoryInsert = (unitId: string, content: NodeJSON[], known: KnownTranslations) => ApplyPlacement | "subject" | null;

interface Bridge {
  register: (insert: MemoryInsert | null) => void;
  insert: MemoryInsert;
}

const MemoryBridgeContext = createContext<Bridge | null>(null);

/**
 * Connects the memory panel (beside the source) with the translation's workspace (the other
 * column): the workspace registers how to insert, the panel calls it. Both are client islands of a
 * server page, so they meet here rather than through props.
 */
export function MemoryBridgeProvider({ children }: { children: ReactNode }) {
  const current = useRef<MemoryInsert | null>(null);
  const register = useCallback((insert: MemoryInsert | null) => {
    current.current = insert;
  }, []);
  const insert = useCallback<MemoryInsert>((unitId, content, known) => current.current?.(unitId, content, known) ?? null, []);
  const value = useMemo(() => ({ register, insert }), [register, insert]);
  return <MemoryBridgeContext.Provider value={value}>{children}</MemoryBridgeContext.Provider>;
}

/** The workspace side: `insert` is called when the translator uses a match (null: not editable). */
export function useRegisterMemoryInsert(insert: MemoryInsert | null): void {
  const bridge = useContext(MemoryBridgeContext);
  useEffect(() => {
    if (!bridge) return;
    bridge.register(insert);
    return () => bridge.register(null);
  }, [bridge, insert]);
}

/** The panel side. */
export function useMemoryInsert(): MemoryInsert {
  const bridge = useContext(MemoryBridgeContext);
  return bridge?.insert ?? (() => null);
}
