/** A device-code prompt: the code to type and the page to type it on. */
export interface DeviceCode {
  readonly userCode: string;
  readonly verificationUri: string;
}

/**
 * Finds the code and the page in the identity platform's instruction ("... open the page
 * https://microsoft.com/devicelogin and enter the code FQK5HW3UF to authenticate."), or undefined.
 */
export function parseDeviceCode(message: string): DeviceCode | undefined {
  const url = /https?:\/\/[^\s"'<>]+/.exec(message)?.[0].replace(/[.,;:)\]]+$/, '');
  const code = /\bcode\s+([A-Z0-9][A-Z0-9-]{5,})\b/i.exec(message)?.[1];
  return url && code ? { userCode: code, verificationUri: url } : undefined;
}
