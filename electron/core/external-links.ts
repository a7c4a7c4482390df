// The only external links the app opens: the websites of the help organisations in resources/.
export function allowedExternalOrigins(): ReadonlySet<string> {
  return new Set<string>();
}
