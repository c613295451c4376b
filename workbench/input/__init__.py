"""Text in: a file becomes an ``Article``, its text exactly as read, with markup, front matter
and site furniture marked as boilerplate (never deleted), so that every later offset points into
the file's own text. Nothing here parses language."""
