// The only Node.js global the smoke test needs beyond what the DOM library already declares
// (fetch, console, crypto). Declared here rather than taken from @types/node, which is not one of
// the repository's pinned tools and may or may not be installed as a transitive dependency.
declare const process: {
  readonly env: Readonly<Record<string, string | undefined>>;
  exitCode: number | undefined;
};
