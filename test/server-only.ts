// vitest stands in for Next's server-only guard: tests run on the server side by definition.
export {};
