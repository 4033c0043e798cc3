import type { Formats } from "next-intl";

// Latin digits in both languages (the `nu-latn` Unicode extension, given as an option).
const latn = { numberingSystem: "latn" } as const;

export const formats = {
  dateTime: {
    dateTime: { ...latn, dateStyle: "medium", timeStyle: "short" },
    time: { ...latn, timeStyle: "medium" },
  },
  number: {
    integer: { ...latn, maximumFractionDigits: 0 },
    /** "+3": a count shown with its sign. */
    signed: { ...latn, maximumFractionDigits: 0, signDisplay: "always" },
  },
} satisfies Formats;
