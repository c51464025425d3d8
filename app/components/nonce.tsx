import { createContext, useContext } from "react";

// The request's Content-Security-Policy nonce, for the inline scripts the page renders. Only the
// server knows it: in the browser it is "", and hydrating keeps the attribute the server wrote.
const NonceContext = createContext("");

export const NonceProvider = NonceContext.Provider;

export function useNonce(): string {
  return useContext(NonceContext);
}
