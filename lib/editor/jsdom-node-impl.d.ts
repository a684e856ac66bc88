// jsdom's internal Node implementation, which server-dom-parser.ts repairs (see there). Untyped
// upstream; only the one method we wrap is declared.
declare module "jsdom/lib/jsdom/living/nodes/Node-impl.js" {
  interface NodeImpl {
    _append(node: unknown, child?: unknown): unknown;
    _preInsert(node: unknown, child: unknown): unknown;
  }
  const nodeImpl: { implementation: { prototype: NodeImpl } };
  export default nodeImpl;
}
