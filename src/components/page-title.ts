/** Each screen has its own title (WCAG 2.4.2), in the language shown. */
export const pageTitle = (heading: string, product: string) => `${heading} – ${product}`
