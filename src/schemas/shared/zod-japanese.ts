import { z } from "astro/zod";

/**
 * Zod speaks Japanese: schema messages reach municipal staff, so the built-in `ja` locale is installed once
 * wherever schemas are used. Field-specific messages in the schemas override it where a hint helps more.
 */
z.config(z.locales.ja());

export { z };
