"use client";

import { useEffect, type RefObject } from "react";

/**
 * After a submission's outcome (`attempt` counts them) the disabled submit button has dropped the focus to the top of
 * the page; it goes to the first field the server marked invalid, else to the form's message (both inside `form`, the
 * form or the element holding it and its message), where a keyboard or screen-reader user carries on.
 */
export function useFocusAfterSubmit(form: RefObject<HTMLElement | null>, attempt: number | undefined) {
  useEffect(() => {
    if (!attempt || !form.current) return;
    if (document.activeElement && document.activeElement !== document.body) return;
    const target = form.current.querySelector<HTMLElement>("[aria-invalid='true']") ?? form.current.querySelector<HTMLElement>("[role='alert'], [role='status']");
    target?.focus();
  }, [attempt, form]);
}
