import { NotAllowed } from "@/components/ui/not-allowed";

export default function Forbidden() {
  return <NotAllowed />;
}
