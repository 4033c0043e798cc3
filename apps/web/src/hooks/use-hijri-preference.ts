"use client";

import { useCallback, useSyncExternalStore } from "react";

const storageKey = "taqweem.showHijri";
const changeEvent = "taqweem:hijri";

function subscribe(onChange: () => void) {
  window.addEventListener("storage", onChange);
  window.addEventListener(changeEvent, onChange);
  return () => {
    window.removeEventListener("storage", onChange);
    window.removeEventListener(changeEvent, onChange);
  };
}

const read = () => window.localStorage.getItem(storageKey) === "1";

/**
 * Whether to show the Hijri (Umm al-Qura) date beside the Gregorian one; remembered in this
 * browser and shared by every page that shows dates. Off while rendering on the server.
 */
export function useHijriPreference(): [boolean, (show: boolean) => void] {
  const show = useSyncExternalStore(subscribe, read, () => false);
  const setShow = useCallback((next: boolean) => {
    window.localStorage.setItem(storageKey, next ? "1" : "0");
    window.dispatchEvent(new Event(changeEvent));
  }, []);
  return [show, setShow];
}
