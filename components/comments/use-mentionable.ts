"use client";

import { useEffect, useState } from "react";
import type { Mentionable } from "@/lib/comments/parse-mentions";

let cached: Promise<Mentionable[]> | null = null;

/** The people one can mention, read once per page load and shared by every comment box on it. */
export function useMentionable(): Mentionable[] | null {
  const [people, setPeople] = useState<Mentionable[] | null>(null);
  useEffect(() => {
    let current = true;
    cached ??= fetch("/mentionable", { cache: "no-store" }).then((response) => (response.ok ? response.json() : []));
    cached.then((list) => current && setPeople(list)).catch(() => (cached = null));
    return () => {
      current = false;
    };
  }, []);
  return people;
}
