// @vitest-environment jsdom
/**
 * The editor's behaviour without React, in jsdom: what the schema cannot hold is refused or
 * removed, and every time a notice says so.
 */
import { Editor } from "@tiptap/core";
import { afterEach, describe, expect, it } from "vitest";
import type { DocJSON } from "./extensions";
import { createEditorExtensions } from "./extensions";
import { ContentGuard, type ContentNotice } from "./extensions/content-guard";
import { normalizeDocument } from "./normalize";

// jsdom has no ClipboardEvent; Tiptap's paste rules create one when ProseMirror's pasteHTML/pasteText
// simulate a paste. The event carries no data here: the HTML/text is passed to ProseMirror directly.
class ClipboardEventStub extends Event {
  readonly clipboardData = null;
}
globalThis.ClipboardEvent ??= ClipboardEventStub as unknown as typeof ClipboardEvent;

let editor: Editor | undefined;
afterEach(() => editor?.destroy());

function setup(content: DocJSON = { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "Hello" }] }] }) {
  const notices: ContentNotice[] = [];
  editor = new Editor({
    element: document.createElement("div"),
    content,
    extensions: createEditorExtensions({ behaviour: [ContentGuard.configure({ onNotice: (n) => notices.push(n) })] }),
  });
  editor.commands.focus("end");
  return { editor, notices };
}

const kinds = (notice: ContentNotice | undefined) => notice?.changes.map((c) => c.kind);

describe("content guard", () => {
  it("refuses a typed emoji with a notice and keeps the text", () => {
    const { editor, notices } = setup();
    editor.commands.insertContent(" 😀");
    expect(editor.getText()).toBe("Hello");
    expect(notices).toHaveLength(1);
    expect(notices[0].mode).toBe("refused");
    expect(kinds(notices[0])).toEqual(["emoji"]);
    editor.commands.insertContent(" world");
    expect(editor.getText()).toBe("Hello world");
  });

  it("allows two line breaks in a row and refuses the third", () => {
    const { editor, notices } = setup();
    expect(editor.commands.setHardBreak()).toBe(true);
    editor.commands.insertContent("x");
    expect(editor.commands.setHardBreak()).toBe(true);
    expect(editor.commands.setHardBreak()).toBe(true);
    expect(notices).toHaveLength(0);
    editor.commands.setHardBreak();
    expect(kinds(notices[0])).toEqual(["extra-line-break"]);
    const breaks = (editor.getJSON().content?.[0].content ?? []).filter((n) => n.type === "hardBreak");
    expect(breaks).toHaveLength(3);
  });

  it("refuses http images and images without alt, from the command and from raw JSON", () => {
    const { editor, notices } = setup();
    expect(editor.commands.setImage({ src: "http://x.example/a.png", alt: "a" })).toBe(false);
    expect(editor.commands.setImage({ src: "https://x.example/a.png", alt: " " })).toBe(false);
    editor.commands.insertContent({ type: "image", attrs: { src: "http://x.example/a.png", alt: "a" } });
    editor.commands.insertContent({ type: "image", attrs: { src: "https://x.example/a.png", alt: "" } });
    expect(notices.map(kinds)).toEqual([["insecure-image"], ["image-without-alt"]]);
    expect(editor.getJSON().content?.some((n) => n.type === "image")).toBe(false);
    expect(editor.commands.setImage({ src: "https://x.example/a.png", alt: "A bottle", width: 50 })).toBe(true);
    expect(editor.getJSON().content?.find((n) => n.type === "image")?.attrs).toEqual({ src: "https://x.example/a.png", alt: "A bottle", width: 50 });
  });

  it("refuses links that are not https, accepts https", () => {
    const { editor } = setup();
    editor.commands.selectAll();
    expect(editor.commands.setLink({ href: "http://x.example" })).toBe(false);
    expect(editor.commands.setLink({ href: "javascript:alert(1)" })).toBe(false);
    expect(editor.commands.setLink({ href: "https://x.example" })).toBe(true);
    expect(editor.getHTML()).toBe('<p><a rel="noopener noreferrer nofollow" href="https://x.example">Hello</a></p>');
  });

  it("refuses nesting a list deeper than one level", () => {
    const { editor, notices } = setup({
      type: "doc",
      content: [{ type: "bulletList", content: ["a", "b", "c"].map((text) => ({ type: "listItem", content: [{ type: "paragraph", content: [{ type: "text", text }] }] })) }],
    });
    editor.commands.setTextSelection(7); // in "b"
    expect(editor.commands.sinkListItem("listItem")).toBe(true);
    editor.commands.setTextSelection(editor.state.doc.content.size - 3); // in "c"
    editor.commands.sinkListItem("listItem");
    expect(notices).toHaveLength(0);
    // "c" now sits beside "b" in the nested list; one more level is refused.
    editor.commands.sinkListItem("listItem");
    expect(kinds(notices[0])).toEqual(["list-nesting"]);
  });

  it("normalises pasted HTML like the server does and reports what was removed", () => {
    const { editor, notices } = setup({ type: "doc", content: [{ type: "paragraph" }] });
    const html = '<p style="color:red;font-family:Comic Sans MS">Thanks 😀 <b>{{buyer_name}}</b></p><table><tr><td>cell</td></tr></table><img src="http://x.example/a.png" alt="a">';
    editor.view.pasteHTML(html);
    expect(notices).toHaveLength(1);
    expect(notices[0].mode).toBe("removed");
    expect(kinds(notices[0])).toEqual(["colour-override", "font-override", "emoji", "insecure-image", "disallowed-element"]);
    expect(editor.getJSON()).toEqual(normalizeDocument({ html }).doc);
  });

  it("turns typed and pasted {{name}} into placeholder chips, strips emoji from pasted text", () => {
    const { editor, notices } = setup({ type: "doc", content: [{ type: "paragraph" }] });
    editor.view.pasteText("Order {{order_id}} 👍 {{nope}}");
    expect(kinds(notices[0])).toEqual(["emoji"]);
    const content = (editor.getJSON() as DocJSON).content[0].content;
    expect(content?.map((n) => n.type)).toEqual(["text", "placeholder", "text"]);
    expect(content?.[1].attrs).toEqual({ name: "order_id" });
    expect(content?.[2].text).toContain("{{nope}}");

    // Typing the closing brace of a known name turns it into a chip (input rule).
    editor.commands.insertContent(" {{asin}");
    const { from } = editor.state.selection;
    const typed = editor.view.someProp("handleTextInput", (handle) => handle(editor!.view, from, from, "}", () => editor!.state.tr));
    expect(typed).toBe(true);
    const last = editor.getJSON().content?.[0].content?.at(-1);
    expect(last).toEqual({ type: "placeholder", attrs: { name: "asin" } });
  });

  it("does not refuse loading a stored document that breaks a rule (the server reports it)", () => {
    const { editor, notices } = setup();
    editor.commands.setContent({ type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "legacy 😀" }] }] }, { emitUpdate: false });
    expect(editor.getText()).toBe("legacy 😀");
    expect(notices).toHaveLength(0);
  });
});
