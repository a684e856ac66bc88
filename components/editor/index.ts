export { TemplateEditor, type PositionedHighlights, type TemplateEditorHandle, type TemplateEditorProps } from "./template-editor";
export type { ContentNotice } from "@/lib/editor/extensions/content-guard";
