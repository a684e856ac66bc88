export * from "./accounts";
export * from "./audit";
export * from "./templates";
export * from "./workflow";
export * from "./api-keys";
export * from "./certificates";
export * from "./sends";
export * from "./translation-memory";
