export { type Clock, type CancelTimer, systemClock } from "./clock.js";
export { TestClock } from "./test-clock.js";
