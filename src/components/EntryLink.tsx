import type { LinkedEntry } from '../utils/urls';

export type { LinkedEntry };

export default function EntryLink({ entry }: { entry: LinkedEntry }) {
  return (
    <a href={entry.href} lang={entry.lang}>
      {entry.name}
    </a>
  );
}
