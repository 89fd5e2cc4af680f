/**
 * View-time status of events (the site may not have been rebuilt today): each [data-event-status] badge is computed
 * again for the current moment in Asia/Tokyo with the same function the build used. Ended events disappear from
 * lists of upcoming events ([data-hide-ended]); event pages say the event is over. Without JavaScript the badge shows
 * the build's status with the date it was computed for.
 */
import { computeEventStatus, type EventTiming, hasEnded, statusClass, tokyoMoment } from "../lib/events/event-status.ts";
import { refreshEventGroups } from "./event-groups.ts";

const now = tokyoMoment();
for (const badge of document.querySelectorAll<HTMLElement>("[data-event-status]")) {
  let timing: EventTiming;
  try {
    timing = JSON.parse(badge.dataset["eventStatus"] ?? "") as EventTiming;
  } catch {
    continue;
  }
  const status = computeEventStatus(timing, now);
  const label = badge.querySelector<HTMLElement>("[data-status-label]");
  if (label) label.textContent = status;
  badge.className = `badge badge--${statusClass(status)}`;
  badge.querySelector("[data-status-asof]")?.remove();
  const item = badge.closest<HTMLElement>("[data-event-item]");
  // A cancelled event keeps its 中止 badge, but leaves lists of upcoming events once its date has passed too.
  if (item && hasEnded(timing, now)) {
    if (item.closest("[data-hide-ended]")) item.classList.add("is-ended");
    if (status === "終了") for (const note of item.querySelectorAll<HTMLElement>("[data-when-ended]")) note.hidden = false;
  }
}
refreshEventGroups();
