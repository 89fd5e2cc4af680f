import { type WindowKind, windowKinds } from "../../schemas/consultation-window.ts";

/** Windows in the order residents read them: by kind (地域包括支援センター first), then `order`, then name. */
export function sortWindows<T extends { data: { kind: WindowKind; order: number; name: string } }>(windows: readonly T[]): T[] {
  return [...windows].sort(
    (a, b) =>
      windowKinds.indexOf(a.data.kind) - windowKinds.indexOf(b.data.kind) ||
      a.data.order - b.data.order ||
      a.data.name.localeCompare(b.data.name, "ja"),
  );
}
