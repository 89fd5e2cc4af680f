/**
 * The consultation windows pre-printed in the エンディングノート: the few numbers a resident needs when writing the
 * note or when something happens. Pure: pages and the PDF give it site.yaml and the validated windows.
 */
import type { ConsultationWindow } from "../../schemas/consultation-window.ts";
import type { SiteConfig } from "../../schemas/site.ts";

/** One pre-printed contact. */
export interface NoteContact {
  name: string;
  /** What to ask there, in a few words. */
  role: string;
  phone: string;
  /** 担当地区 of a 地域包括支援センター, joined with 「、」. */
  areas?: string | undefined;
}

/** The order of the list: home-care first (what the note is about), then the office, then the area centres. */
const ROLES: Partial<Record<ConsultationWindow["kind"], { rank: number; role: string }>> = {
  "在宅医療・介護連携支援センター": { rank: 0, role: "在宅医療・介護の相談" },
  地域包括支援センター: { rank: 2, role: "介護・暮らしの相談（お住まいの地区の窓口）" },
  成年後見センター: { rank: 3, role: "お金や手続きを任せる人の相談" },
};

/**
 * The contacts pre-printed in the note.
 * @param site site.yaml (the department in charge)
 * @param windows the validated consultation windows
 */
export function noteContacts(site: Pick<SiteConfig, "department">, windows: readonly ConsultationWindow[]): NoteContact[] {
  const fromWindows = windows
    .flatMap((w) => {
      const role = ROLES[w.kind];
      if (!role) return [];
      const areas = w.kind === "地域包括支援センター" && w.areas.length ? w.areas.join("、") : undefined;
      return [{ rank: role.rank, order: w.order, contact: { name: w.name, role: role.role, phone: w.phone, areas } }];
    })
    .sort((a, b) => a.rank - b.rank || a.order - b.order || a.contact.name.localeCompare(b.contact.name, "ja"));
  const office = {
    rank: 1,
    order: 0,
    contact: { name: site.department.name, role: "このノートと介護保険の相談", phone: site.department.phone },
  };
  return [...fromWindows.filter((c) => c.rank < 1), office, ...fromWindows.filter((c) => c.rank > 1)].map((c) => c.contact);
}
