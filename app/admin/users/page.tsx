import type { Metadata } from "next";
import { requirePagePermission } from "@/app/session";
import { listUsers } from "@/lib/server/users/list-users";
import { CreateUserForm } from "@/components/users/create-user-form";
import { UserRow } from "@/components/users/user-row";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "People" };

export default async function UsersPage() {
  const actor = await requirePagePermission("/admin/users", "user.manage");
  const users = await listUsers({ actor });
  return (
    <>
      <h1>People</h1>
      <table className="list">
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Email</th>
            <th scope="col">Roles</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {users.map((user) => <UserRow key={user.id} user={user} self={user.id === actor.id} />)}
        </tbody>
      </table>
      <h2>Add a person</h2>
      <CreateUserForm />
    </>
  );
}
