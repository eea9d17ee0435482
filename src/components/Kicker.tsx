import type { ReactNode } from 'react';
import type { LinkedEntry } from '../utils/urls';

interface Props {
  /** The project the entry belongs to, linked, in its tone. */
  project?: LinkedEntry | undefined;
  tone?: number | undefined;
  /** What follows the label: a date. */
  children?: ReactNode;
}

/** The line above an entry's title: its project as a coloured label, and its date. Nothing when it has neither. */
export default function Kicker({ project, tone, children }: Props) {
  if (!project && !children) return null;
  return (
    <p className={tone ? `kicker tone-${tone}` : 'kicker'} data-pagefind-ignore="">
      {project && (
        <a className="label" href={project.href} lang={project.lang}>
          {project.name}
        </a>
      )}
      {children}
    </p>
  );
}
