import type { Role } from "../model/index.js";
import { defineLabels } from "./define-labels.js";

/** Words for the roles of team members (`ROLES`). */
export const roleLabels = defineLabels({
  de: { editor: "Redaktion", approver: "Freigabe", admin: "Administration", viewer: "Lesezugriff" } satisfies Record<Role, string>,
  en: { editor: "editor", approver: "approver", admin: "administrator", viewer: "viewer" },
});
