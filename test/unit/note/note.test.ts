import { describe, expect, it } from "vitest";
import { noteContacts } from "../../../src/lib/windows/note-contacts.ts";
import { defaultNote, readNote } from "../../../src/loaders/note.ts";
import type { ConsultationWindow } from "../../../src/schemas/consultation-window.ts";
import { makeContent } from "../../helpers/content-folder.ts";

describe("the note", () => {
  it("ships a default of about ten pages whose write-in space is never empty", () => {
    const note = defaultNote();
    expect(note.pages.length).toBeGreaterThanOrEqual(9);
    for (const page of note.pages) {
      const space = page.questions.reduce((n, q) => n + q.lines + (q.table?.rows ?? 0) + (q.choices?.length ?? 0), 0);
      expect(space > 0 || page.prefill !== undefined, page.id).toBe(true);
    }
    expect(readNote(makeContent({})).note).toEqual(note);
  });

  it("rewords, removes and adds pages from note.yaml, keeping what is not rewritten", () => {
    const dir = makeContent({
      "note.yaml": `title: 架空町の人生会議ノート
remove: [medicines]
pages:
  - id: about-me
    title: わたしについて
  - id: pets
    title: ペットのこと
    after: contacts
    questions:
      - { label: ペットの名前と世話を頼みたい人, lines: 3 }
`,
    });
    const { note, issues } = readNote(dir);
    expect(issues).toEqual([]);
    const base = defaultNote();
    expect(note?.title).toBe("架空町の人生会議ノート");
    expect(note?.pages.map((p) => p.id)).toEqual(
      base.pages
        .map((p) => p.id)
        .filter((id) => id !== "medicines")
        .flatMap((id) => (id === "contacts" ? [id, "pets"] : [id])),
    );
    const aboutMe = note?.pages.find((p) => p.id === "about-me");
    expect(aboutMe?.title).toBe("わたしについて");
    expect(aboutMe?.questions).toEqual(base.pages.find((p) => p.id === "about-me")?.questions);
    expect(note?.pages.find((p) => p.id === "pets")?.questions[0]?.lines).toBe(3);
  });

  it("locates mistakes in note.yaml", () => {
    const dir = makeContent({
      "note.yaml": "remove: [nope]\npages:\n  - id: new-page\n    after: missing\n    title: x\n",
    });
    const { note, issues } = readNote(dir);
    expect(note).toBeUndefined();
    expect(issues.map((i) => [i.file, i.line, i.field])).toEqual([
      ["note.yaml", 1, "remove.0"],
      ["note.yaml", 4, "pages.0.after"],
    ]);
    const typo = readNote(makeContent({ "note.yaml": "titel: x\n" }));
    expect(typo.issues[0]).toMatchObject({ file: "note.yaml", line: 1, field: "titel" });
  });
});

describe("pre-printed contacts", () => {
  const window = (name: string, kind: ConsultationWindow["kind"], order: number, areas: string[] = []) =>
    ({ name, kind, order, areas, phone: "03-0000-0000" }) as unknown as ConsultationWindow;
  it("lists the home-care centre, the department, the area centres with their towns, then 成年後見", () => {
    const contacts = noteContacts({ department: { name: "高齢者支援課", phone: "03-0000-1111" } } as never, [
      window("北包括", "地域包括支援センター", 2, ["北町"]),
      window("後見", "成年後見センター", 1),
      window("中央包括", "地域包括支援センター", 1, ["中央町", "本町"]),
      window("連携センター", "在宅医療・介護連携支援センター", 1),
      window("その他", "その他", 1),
    ]);
    expect(contacts.map((c) => c.name)).toEqual(["連携センター", "高齢者支援課", "中央包括", "北包括", "後見"]);
    expect(contacts[2]?.areas).toBe("中央町、本町");
  });
});
