/** How the dashboard counts input over time: per day, or per week from Monday. */
export const timeSteps = ["day", "week"] as const;
export type TimeStep = (typeof timeSteps)[number];
