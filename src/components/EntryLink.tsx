/** A link to another entry (a region, a project), in the language its name is shown in. */
export interface LinkedEntry {
  name: string;
  href: string;
  /** Set when the name is shown from another language. */
  lang?: string | undefined;
}

export default function EntryLink({ entry }: { entry: LinkedEntry }) {
  return (
    <a href={entry.href} lang={entry.lang}>
      {entry.name}
    </a>
  );
}
