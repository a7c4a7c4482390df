// The only external links the app opens: the websites of the help organisations in resources/.
import { allowedExternalOrigins as organisationOrigins } from './assessment';

export function allowedExternalOrigins(): ReadonlySet<string> {
  return new Set(organisationOrigins());
}
