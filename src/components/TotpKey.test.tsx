import { render, screen } from '@testing-library/react'
import { expect, it } from 'vitest'
import { TotpKey } from './TotpKey'

it('shows a TOTP secret in groups of four, the last group what is left', () => {
  render(<TotpKey secret="JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXPAB" data-testid="key" />)
  expect(screen.getByTestId('key')).toHaveTextContent(
    /^JBSW Y3DP EHPK 3PXP JBSW Y3DP EHPK 3PXP AB$/,
  )
})
