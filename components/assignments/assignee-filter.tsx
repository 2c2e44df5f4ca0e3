type Assignee = { id: string; name: string; email: string; waiting: number };

/** The review queue's "Assigned to" choice: anyone, the person looking ("me"), or someone assigned sentences to review. */
export function AssigneeFilter({ assignees, assigned }: { assignees: Assignee[]; assigned?: string }) {
  return (
    <label>
      Assigned to
      <select name="assigned" defaultValue={assigned ?? ""}>
        <option value="">Anyone or no one</option>
        <option value="me">Me</option>
        {assignees.map((person) => (
          <option key={person.id} value={person.id}>{person.name} ({person.waiting} waiting)</option>
        ))}
      </select>
    </label>
  );
}
