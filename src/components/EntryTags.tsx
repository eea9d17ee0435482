interface Props {
  tags: readonly string[];
  /** The hidden "Tags:" label, for screen readers. */
  label: string;
  lang?: string | undefined;
}

/** An entry's tags as chips; nothing when there are none. */
export default function EntryTags({ tags, label, lang }: Props) {
  if (tags.length === 0) return null;
  return (
    <p className="tags" lang={lang}>
      <span className="visually-hidden">{`${label}:`}</span>
      {tags.map((tag) => (
        <span className="chip" key={tag}>
          {tag}
        </span>
      ))}
    </p>
  );
}
