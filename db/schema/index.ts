export * from "./accounts";
export * from "./audit";
export * from "./consultations";
export * from "./organisations";
export * from "./system";
export * from "./themes";
export * from "./submissions";
export * from "./values";
