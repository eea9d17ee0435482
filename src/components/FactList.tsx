import { Fragment, type ReactNode } from 'react';

export interface Fact {
  term: string;
  value: ReactNode;
  /** Language of the value when it differs from the page's. */
  lang?: string | undefined;
}

/** The facts under an entry's title: a definition list. Facts without a value are left out. */
export default function FactList({ facts }: { facts: Fact[] }) {
  return (
    <dl className="facts" data-pagefind-ignore="">
      {facts
        .filter((fact) => fact.value !== undefined && fact.value !== null && fact.value !== false && fact.value !== '')
        .map((fact) => (
          <Fragment key={fact.term}>
            <dt>{fact.term}</dt>
            <dd lang={fact.lang}>{fact.value}</dd>
          </Fragment>
        ))}
    </dl>
  );
}
