/**
 * schema.org structured data for window and resource pages (search engines show phone, address and hours).
 */
import type { ConsultationWindow } from "../../schemas/consultation-window.ts";
import type { Resource } from "../../schemas/resource.ts";
import { isMappable } from "../values/geo.ts";
import { formatClock } from "../windows/opening-hours.ts";

const DAY_NAMES = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

function postalAddress(address: string, postalCode: string | undefined) {
  return { "@type": "PostalAddress", streetAddress: address, ...(postalCode ? { postalCode } : {}), addressCountry: "JP" };
}

function geo(latitude: number | undefined, longitude: number | undefined) {
  return isMappable(latitude, longitude) && longitude !== undefined
    ? { geo: { "@type": "GeoCoordinates", latitude, longitude } }
    : {};
}

const pad = (minutes: number) => {
  const [h, m] = formatClock(Math.min(minutes, 1440)).split(":");
  return `${(h ?? "0").padStart(2, "0")}:${m ?? "00"}`;
};

/** JSON-LD of a window: GovernmentOffice for 市役所の担当課, LocalBusiness otherwise, with weekly opening hours. */
export function windowJsonLd(w: ConsultationWindow, url: string): Record<string, unknown> {
  const openingHoursSpecification = w.hours.weekly.flatMap((ranges, day) =>
    ranges.map((r) => ({
      "@type": "OpeningHoursSpecification",
      dayOfWeek: `https://schema.org/${DAY_NAMES[day]}`,
      opens: pad(r.start),
      closes: pad(r.end),
    })),
  );
  return {
    "@type": w.kind === "市役所の担当課" ? "GovernmentOffice" : "LocalBusiness",
    name: w.name,
    url,
    ...(w.description ? { description: w.description } : {}),
    address: postalAddress(w.address, w.postalCode),
    telephone: w.phone,
    ...(w.fax ? { faxNumber: w.fax } : {}),
    ...(w.email ? { email: w.email } : {}),
    ...geo(w.latitude, w.longitude),
    openingHoursSpecification,
    ...(w.areas.length ? { areaServed: w.areas.map((a) => ({ "@type": "Place", name: a })) } : {}),
  };
}

const TYPES: Record<Resource["category"], string> = {
  病院: "Hospital",
  診療所: "MedicalClinic",
  歯科診療所: "Dentist",
  薬局: "Pharmacy",
  介護サービス事業所: "LocalBusiness",
};

/** JSON-LD of a resource: Hospital, MedicalClinic, Dentist, Pharmacy or LocalBusiness (介護事業所). */
export function resourceJsonLd(r: Resource, url: string): Record<string, unknown> {
  return {
    "@type": TYPES[r.category],
    name: r.name,
    url,
    ...(r.url ? { sameAs: r.url } : {}),
    address: postalAddress(`${r.address}${r.building ? ` ${r.building}` : ""}`, r.postalCode),
    ...(r.phone ? { telephone: r.phone } : {}),
    ...(r.fax ? { faxNumber: r.fax } : {}),
    ...geo(r.latitude, r.longitude),
    ...(r.departments.length ? { description: `診療科目: ${r.departments.join("、")}` } : {}),
    ...(r.services.length ? { description: `サービス: ${r.services.join("、")}` } : {}),
  };
}
