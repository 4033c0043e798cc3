import { hasLocale } from "next-intl";
import { getRequestConfig } from "next-intl/server";
import { getViewer } from "@/server/viewer";
import { formats } from "./formats";
import { routing } from "./routing";

/** Time zone used before anyone signs in; organisations default to it too. */
const defaultTimeZone = "Asia/Dubai";

export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  const viewer = await getViewer();
  return {
    locale,
    messages: (await import(`../../messages/${locale}.json`)).default,
    timeZone: viewer?.org.timeZone ?? defaultTimeZone,
    formats,
  };
});
