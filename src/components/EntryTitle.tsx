interface Props {
  title: string;
  summary?: string | undefined;
  /** Language of the text when it is shown through a fallback. */
  lang?: string | undefined;
}

/** An entry's title and summary, at the top of its page and of its CMS preview. */
export default function EntryTitle({ title, summary, lang }: Props) {
  return (
    <>
      <h1 lang={lang}>{title}</h1>
      {summary !== undefined && (
        <p className="lead" lang={lang}>
          {summary}
        </p>
      )}
    </>
  );
}
