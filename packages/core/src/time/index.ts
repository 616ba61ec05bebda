export {
  zonedTimeToInstant,
  instantToZonedTime,
  localDateOf,
  startOfLocalDate,
  endOfLocalDate,
  type LocalDateTime,
} from "./zoned-time.js";
export { formatInstant } from "./format-instant.js";
