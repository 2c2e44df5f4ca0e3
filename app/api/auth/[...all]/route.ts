import { toNextJsHandler } from "better-auth/next-js";
import { getAuth } from "@/lib/auth";

// Created per request on first use, so that building the app needs no database.
export async function GET(request: Request) {
  return toNextJsHandler(getAuth()).GET(request);
}

export async function POST(request: Request) {
  return toNextJsHandler(getAuth()).POST(request);
}
