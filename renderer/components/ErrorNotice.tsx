/** A failure the user must see; role=alert so it is announced at once. */
export function ErrorNotice({ message }: { message: string | null }) {
  if (!message) return null;
  return (
    <p role="alert" className="notice notice--error">
      {message}
    </p>
  );
}
