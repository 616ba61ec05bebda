export {
  PERSONAL_DATA_KINDS,
  type PersonalDataKind,
  type PersonalDataMatch,
  type PersonalDataOptions,
} from "./personal-data-match.js";
export { createPersonalDataFinder, findPersonalData } from "./create-personal-data-finder.js";
export { DISTRICT_CODES } from "./district-codes.js";
export { SERVICE_NUMBERS, isServiceNumber } from "./service-numbers.js";
