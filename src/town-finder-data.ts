/**
 * The town finder's data (「わたしの相談窓口をさがす」): every town unit with its 地域包括支援センター, each centre's phone
 * and hours, and the holidays. Published once as /windows/towns.json (src/pages/windows/towns.json.ts) and fetched by
 * the finder's script, not inlined in every page that shows the finder: at prefecture scale it is 140 KB (13 KB
 * gzip), which pushed the home page and /windows/ over 30 KB gzip, and a separate file is cached across pages.
 */
import { collectionEntries } from "./collections.ts";
import { holidaysForBrowser } from "./lib/dates/holidays.ts";
import { telHref } from "./lib/values/phone.ts";
import { summarizeWeekly } from "./lib/windows/opening-hours.ts";
import { townDirectory } from "./lib/windows/town.ts";
import { AREA_KIND } from "./loaders/windows.ts";
import { href, siteConfig, today } from "./site.ts";

/** Site path of the town finder's data file. */
export const TOWN_FINDER_DATA_PATH = "/windows/towns.json";

/** The town directory (each town or 丁目 with the centre serving it), for the finder's form and its data file. */
export async function townFinderDirectory() {
  const { municipality } = siteConfig;
  const windows = (await collectionEntries("windows")).filter((w) => w.data.kind === AREA_KIND);
  const directory = townDirectory(
    siteConfig.towns,
    windows.map((w) => ({ slug: w.id, areas: w.data.areas })),
    [municipality.prefecture, municipality.name],
  );
  return { windows, directory, prefixes: [municipality.prefecture, municipality.name] };
}

/** What the finder's script reads (the FinderData shape of src/scripts/town-finder.ts). */
export async function townFinderData() {
  const { municipality, department } = siteConfig;
  const { windows, directory, prefixes } = await townFinderDirectory();
  const centres = Object.fromEntries(
    windows.map((w) => [
      w.id,
      {
        name: w.data.name,
        url: href(`/windows/${w.id}/`),
        phone: w.data.phone,
        tel: telHref(w.data.phone),
        summary: summarizeWeekly(w.data.hours),
        address: w.data.address,
        hours: {
          weekly: w.data.hours.weekly,
          holidays: w.data.hours.holidays,
          yearEnd: w.data.hours.yearEnd,
          rules: w.data.hours.rules,
          dates: w.data.hours.dates,
        },
      },
    ]),
  );
  return {
    prefixes,
    units: directory.map((d) => ({ ...d.unit, owner: d.owner })),
    centres,
    holidays: holidaysForBrowser(today),
    fallback: { name: `${municipality.name} ${department.name}`, phone: department.phone, tel: telHref(department.phone) },
  };
}
