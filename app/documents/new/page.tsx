import type { Metadata } from "next";
import { ImportForm } from "@/components/documents/import-form";

export const metadata: Metadata = { title: "Import a document" };

export default function ImportPage() {
  return (
    <>
      <h1>Import a document</h1>
      <ImportForm />
    </>
  );
}
