import styles from "./activity.module.css";

type Props = { path: string; people: { id: string; name: string; email: string }[]; actions: string[]; actorId?: string; action?: string };

export function ActivityFilters({ path, people, actions, actorId, action }: Props) {
  return (
    <form method="get" action={path} className={styles.filters} aria-label="Filter the activity">
      <label>
        Person
        <select name="person" defaultValue={actorId ?? ""}>
          <option value="">Everyone</option>
          {people.map((person) => <option key={person.id} value={person.id}>{person.name} ({person.email})</option>)}
        </select>
      </label>
      <label>
        Action
        <select name="action" defaultValue={action ?? ""}>
          <option value="">All actions</option>
          {actions.map((name) => <option key={name}>{name}</option>)}
        </select>
      </label>
      <button type="submit" className="secondary">Filter</button>
    </form>
  );
}
