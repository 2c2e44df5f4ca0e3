const ROLES = ["admin", "editor", "reviewer"] as const;

export function RoleCheckboxes({ selected = [], legend }: { selected?: readonly string[]; legend: string }) {
  return (
    <fieldset className="roles">
      <legend>{legend}</legend>
      {ROLES.map((role) => (
        <label key={role} className="inline">
          <input type="checkbox" name="roles" value={role} defaultChecked={selected.includes(role)} /> {role}
        </label>
      ))}
    </fieldset>
  );
}
