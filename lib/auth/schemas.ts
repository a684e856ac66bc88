import { z } from "zod";
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from "./password-rules";
import { normaliseEmail } from "./email";
import { isCommonPassword } from "./common-passwords";
import { ROLES } from "./permissions";

/** Shared by forms and server: the messages are i18n keys of the common namespace. */
export const emailField = z
  .string()
  .trim()
  .max(320, "validation.too_big")
  .pipe(z.email("validation.email"))
  .transform(normaliseEmail);

export const newPasswordField = z
  .string()
  .min(MIN_PASSWORD_LENGTH, "validation.password")
  .max(MAX_PASSWORD_LENGTH, "validation.too_big")
  .refine((password) => !isCommonPassword(password), "validation.password_common");

export const nameField = z.string().trim().min(1, "validation.name").max(120, "validation.too_big");

export const signUpSchema = z.object({
  name: nameField,
  email: emailField,
  password: newPasswordField,
  organisation: z.string().trim().min(1, "validation.name").max(120, "validation.too_big"),
});

export const signInSchema = z.object({
  email: z.string().trim().min(1, "validation.email").max(320),
  password: z.string().min(1, "validation.password").max(200),
  callbackUrl: z.string().optional(),
});

export const rolesField = z.array(z.enum(ROLES, "validation.roles")).min(1, "validation.roles");

export const changePasswordSchema = z.object({
  currentPassword: z.string().min(1, "validation.current_password").max(200),
  newPassword: newPasswordField,
});

export const requestPasswordResetSchema = z.object({ email: emailField });

export const resetPasswordSchema = z.object({
  token: z.string().min(1).max(200),
  password: newPasswordField,
});
