import { useCallback } from 'react'
import {
  type NavigateOptions,
  Link as RouterLink,
  type LinkProps as RouterLinkProps,
  useNavigate,
} from 'react-router'
import { localizePath, useLocale } from '../i18n'

type LinkProps = Omit<RouterLinkProps, 'to'> & { to: string }

/** A link to an app path (`/login`) in the language of the screen (`/ja/login`). */
export function Link({ to, ...props }: LinkProps) {
  const locale = useLocale()
  return <RouterLink {...props} to={localizePath(locale, to)} />
}

/** `navigate` to an app path in the language of the screen (the same function while both hold). */
export function useLocalNavigate(): (to: string, options?: NavigateOptions) => void {
  const navigate = useNavigate()
  const locale = useLocale()
  return useCallback(
    (to, options) => void navigate(localizePath(locale, to), options),
    [navigate, locale],
  )
}
