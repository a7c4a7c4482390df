// Known bad: Node's globals in a renderer screen. This would crash in the sandboxed window, so the
// web tsconfig (no Node types) must refuse it.
export function HomeFolder() {
  const bytes = Buffer.from(process.env.HOME ?? '');
  return <span>{bytes.length}</span>;
}
