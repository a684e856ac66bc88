"use client";
import { useEffect, useLayoutEffect, useRef, useState, type ReactNode } from "react";
import { alignBlocks, sameSpacing, type BlockSpacing } from "@/lib/editor/align-blocks";

/** The blocks of each side: the source's rendered blocks, and the translation editor's top-level nodes. */
const SOURCE_BLOCKS = '[data-align="source"] [data-testid="source-text"] > *';
const TARGET_BLOCKS = '[data-align="target"] .ProseMirror > *';

const EMPTY: BlockSpacing = { source: [], target: [] };

function rules(selector: string, spacing: readonly number[]): string {
  return spacing
    .map((px, index) => (px > 0 ? `${selector}:nth-child(${index + 1}){padding-top:${px}px}` : ""))
    .join("");
}

/**
 * Source left, translation right, block by block aligned (issue 15 item 2): the i-th paragraph of
 * the source starts level with the i-th paragraph of the translation, however long either is. The
 * space is added with a stylesheet (never by changing the editor's own DOM, which ProseMirror owns);
 * it is measured again whenever either side changes size. Stacked on narrow screens, nothing is added.
 */
export function AlignedColumns({ children, className }: { children: ReactNode; className?: string }) {
  const container = useRef<HTMLDivElement>(null);
  const [spacing, setSpacing] = useState<BlockSpacing>(EMPTY);
  // What the stylesheet adds now, for the next measurement (set as it is committed, before any frame).
  const applied = useRef<BlockSpacing>(EMPTY);
  useLayoutEffect(() => {
    applied.current = spacing;
  }, [spacing]);

  useEffect(() => {
    const root = container.current;
    if (!root) return;
    let frame = 0;
    const measure = () => {
      frame = 0;
      const source = Array.from(root.querySelectorAll<HTMLElement>(SOURCE_BLOCKS));
      const target = Array.from(root.querySelectorAll<HTMLElement>(TARGET_BLOCKS));
      const sourceColumn = root.querySelector('[data-align="source"]')?.getBoundingClientRect();
      const targetColumn = root.querySelector('[data-align="target"]')?.getBoundingClientRect();
      // Side by side only when the translation's column starts right of the source's.
      const sideBySide = !!sourceColumn && !!targetColumn && targetColumn.left >= sourceColumn.right;
      const next = sideBySide
        ? alignBlocks(
            { tops: source.map((block) => block.getBoundingClientRect().top), added: applied.current.source },
            { tops: target.map((block) => block.getBoundingClientRect().top), added: applied.current.target },
          )
        : EMPTY;
      if (!sameSpacing(next, applied.current)) setSpacing(next);
    };
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(measure);
    };
    const observer = new ResizeObserver(schedule);
    const observeSides = () => {
      observer.disconnect();
      observer.observe(root);
      for (const element of root.querySelectorAll('[data-testid="source-text"], [data-align="target"] .ProseMirror')) observer.observe(element);
    };
    observeSides();
    // The editor mounts after this component, and a new paragraph may not change its height at once.
    const mutations = new MutationObserver(() => {
      observeSides();
      schedule();
    });
    mutations.observe(root, { childList: true, subtree: true });
    schedule();
    return () => {
      observer.disconnect();
      mutations.disconnect();
      if (frame) cancelAnimationFrame(frame);
    };
  }, []);

  const css = rules(SOURCE_BLOCKS, spacing.source) + rules(TARGET_BLOCKS, spacing.target);
  return (
    <div ref={container} className={className} data-testid="aligned-columns" data-aligned={spacing.source.length > 0 || spacing.target.length > 0 ? "true" : "false"}>
      {css && <style>{css}</style>}
      {children}
    </div>
  );
}
