"use client";
/**
 * A stored document shown read-only as React elements (never as an HTML string in the studio's own
 * DOM): the translator's view of the source. Placeholders show as the chips the editor uses, or
 * with the locale's sample values when asked. Only the schema's nodes and marks are drawn; links
 * draw only when their address passes the same check as the renderer.
 */
import { Fragment, type ReactNode } from "react";
import { MARK, NODE, type DocJSON, type MarkJSON, type NodeJSON } from "@/lib/editor/extensions";
import { toSafeImageAttributes } from "@/lib/editor/extensions/image";
import { PLACEHOLDER_ATTRIBUTE } from "@/lib/editor/extensions/placeholder";
import { LINK_REL } from "@/lib/editor/extensions/link";
import { isPlaceholderName, placeholderToken, sampleValues } from "@/lib/editor/placeholders";
import { isAllowedHref } from "@/lib/editor/url-rules";

export const CHIP_CLASSES =
  "[&_[data-placeholder]]:rounded [&_[data-placeholder]]:bg-blue-100 [&_[data-placeholder]]:px-1 [&_[data-placeholder]]:font-mono [&_[data-placeholder]]:text-sm [&_[data-placeholder]]:text-blue-900";

interface DocViewProps {
  doc: DocJSON;
  locale: string;
  /** Fill placeholders with the locale's sample values instead of showing them as chips. */
  samples?: boolean;
}

function withMark(mark: MarkJSON, child: ReactNode, key: number): ReactNode {
  if (mark.type === MARK.bold) return <strong key={key}>{child}</strong>;
  if (mark.type === MARK.italic) return <em key={key}>{child}</em>;
  if (mark.type === MARK.link && isAllowedHref(mark.attrs?.href)) {
    return (
      <a key={key} href={String(mark.attrs?.href)} rel={LINK_REL} className="text-primary underline">
        {child}
      </a>
    );
  }
  return child;
}

function Inline({ nodes, values }: { nodes: NodeJSON[] | undefined; values: Record<string, string> | null }) {
  return (
    <>
      {(nodes ?? []).map((node, index) => {
        let element: ReactNode = null;
        if (node.type === NODE.text) element = node.text ?? "";
        else if (node.type === NODE.hardBreak) element = <br />;
        else if (node.type === NODE.placeholder) {
          const name = String(node.attrs?.name ?? "");
          element =
            values && isPlaceholderName(name) ? values[name] : <span {...{ [PLACEHOLDER_ATTRIBUTE]: name }}>{placeholderToken(name)}</span>;
        }
        for (const mark of node.marks ?? []) element = withMark(mark, element, 0);
        return <Fragment key={index}>{element}</Fragment>;
      })}
    </>
  );
}

function Block({ node, values }: { node: NodeJSON; values: Record<string, string> | null }) {
  switch (node.type) {
    case NODE.paragraph:
      return (
        <p>
          <Inline nodes={node.content} values={values} />
        </p>
      );
    case NODE.heading:
      return node.attrs?.level === 2 ? (
        <h4 className="font-semibold">
          <Inline nodes={node.content} values={values} />
        </h4>
      ) : (
        <h3 className="text-lg font-semibold">
          <Inline nodes={node.content} values={values} />
        </h3>
      );
    case NODE.bulletList:
    case NODE.orderedList: {
      const items = (node.content ?? []).map((item, index) => (
        <li key={index}>
          {(item.content ?? []).map((child, childIndex) => (
            <Block key={childIndex} node={child} values={values} />
          ))}
        </li>
      ));
      return node.type === NODE.bulletList ? <ul className="list-disc ps-6">{items}</ul> : <ol className="list-decimal ps-6" start={Number(node.attrs?.start ?? 1)}>{items}</ol>;
    }
    case NODE.image: {
      const attrs = toSafeImageAttributes(node.attrs ?? {});
      // eslint-disable-next-line @next/next/no-img-element -- the message's own image, shown as sent
      return attrs ? <img src={attrs.src} alt={attrs.alt} style={{ width: `${attrs.width}%` }} /> : null;
    }
    default:
      return null;
  }
}

export function DocView({ doc, locale, samples = false }: DocViewProps) {
  const values = samples ? sampleValues(locale) : null;
  return (
    <>
      {doc.content.map((node, index) => (
        <Block key={index} node={node} values={values} />
      ))}
    </>
  );
}
