import { zodResolver } from '@hookform/resolvers/zod'
import { type ReactNode, useEffect, useState } from 'react'
import {
  type DefaultValues,
  type FieldError,
  type FieldValues,
  type Path,
  type UseFormReturn,
  useForm,
} from 'react-hook-form'
import type * as z from 'zod/mini'
import { useLocale } from '../i18n'
import { type Message, messageOf, say, sentences } from '../i18n/common'
import { ApiError } from '../lib/api'
import { errorMessage } from '../lib/errors'
import { ErrorSummary, type SummaryItem } from './ErrorSummary'

type Options<T extends FieldValues, Out extends FieldValues> = {
  /** The contract's schema of the request: what the form checks is what the portal checks. */
  schema: z.core.$ZodType<Out, T>
  defaultValues: DefaultValues<T>
  /** The form's fields in screen order: the error summary lists them so. */
  fields: readonly Path<T>[]
  /** Name every broken rule of a field, not only the first. */
  allRules?: boolean
  submit: (values: Out) => Promise<unknown>
  /** A refusal the screen shows in its own way (a step that is over, a lost answer): true if so. */
  handle?: (error: unknown) => boolean | Promise<boolean>
  /** The field a refusal is about, when it is about what was typed there. */
  fieldOf?: (error: unknown) => Path<T> | undefined
  /** Words for a refusal (a mailed code's, say); `errorMessage` unless told. */
  wordsOf?: (error: unknown) => Message
}

/** A field's refusal: the rules it breaks (keys), or the portal's words about it. */
type Refusal = { rules: string[] } | { message: Message }
type ServerErrors = { fields: Partial<Record<string, Refusal>>; page?: Message }

export type ApiForm<T extends FieldValues, Out extends FieldValues> = {
  form: UseFormReturn<T, unknown, Out>
  onSubmit: (event?: React.BaseSyntheticEvent) => Promise<void>
  submitting: boolean
  /** What is wrong with a field, in words: the rules it breaks, or the portal's refusal of it. */
  errorOf: (field: Path<T>) => string | undefined
  /** The GOV.UK error summary of this submit: fields in order, then the portal's refusal. */
  summary: ReactNode
}

/** The rule keys a field breaks, as the resolver gave them (every one with `criteriaMode: all`). */
function rulesOf(error: FieldError | undefined): string[] {
  if (!error) return []
  const all = Object.values(error.types ?? {})
    .flat()
    .filter((m): m is string => typeof m === 'string')
  return [...new Set(all.length > 0 ? all : [error.message ?? ''])].filter(Boolean)
}

/**
 * Every form's wiring, once: the contract's schema checks what was typed; on submit the portal's
 * refusal goes to the field it is about (its `fields`, or `fieldOf`) or to the summary; the
 * summary takes focus; a field's refusal clears when the user changes it. Messages stay data
 * until shown, so they follow the language switch.
 */
export function useApiForm<T extends FieldValues, Out extends FieldValues = T>(
  options: Options<T, Out>,
): ApiForm<T, Out> {
  const { schema, defaultValues, fields, allRules, submit, handle, fieldOf } = options
  const wordsOf = options.wordsOf ?? ((error: unknown) => errorMessage(error))
  const locale = useLocale()
  const form = useForm<T, unknown, Out>({
    shouldFocusError: false,
    resolver: zodResolver(schema),
    criteriaMode: allRules ? 'all' : 'firstError',
    defaultValues,
  })
  const [server, setServer] = useState<ServerErrors>({ fields: {} })

  useEffect(() => {
    const { unsubscribe } = form.watch((_, { name }) => {
      if (name) {
        setServer((now) =>
          now.fields[name] ? { ...now, fields: { ...now.fields, [name]: undefined } } : now,
        )
      }
    })
    return unsubscribe
  }, [form])

  const onSubmit = form.handleSubmit(async (values) => {
    setServer({ fields: {} })
    try {
      await submit(values)
    } catch (error) {
      if (await handle?.(error)) return
      const field = fieldOf?.(error)
      if (field) return setServer({ fields: { [field]: { message: wordsOf(error) } } })
      const named = error instanceof ApiError ? (error.body.fields ?? {}) : {}
      const byField: ServerErrors['fields'] = {}
      for (const name of fields) {
        const keys = named[name] ?? []
        if (keys.length) byField[name] = { rules: keys }
      }
      setServer(
        Object.keys(byField).length ? { fields: byField } : { fields: {}, page: wordsOf(error) },
      )
    }
  })

  const { errors, submitCount, isSubmitting } = form.formState
  const errorOf = (field: Path<T>): string | undefined => {
    const broken = rulesOf(errors[field] as FieldError | undefined)
    const refused = server.fields[field]
    const rules = broken.length ? broken : refused && 'rules' in refused ? refused.rules : []
    // Rule messages are short phrases: one as it is, more each ended as a sentence.
    const phrases = rules.map((rule) => say(messageOf(rule), locale))
    if (phrases.length > 1) return sentences(locale, [], phrases)
    if (phrases[0]) return phrases[0]
    return refused && 'message' in refused ? say(refused.message, locale) : undefined
  }
  const items: SummaryItem[] = fields.flatMap((field) => {
    const message = errorOf(field)
    return message ? [{ field, message }] : []
  })
  const summary: SummaryItem[] = server.page
    ? [...items, { message: say(server.page, locale) }]
    : items

  return {
    form,
    onSubmit,
    submitting: isSubmitting,
    errorOf,
    summary: <ErrorSummary key={submitCount} items={summary} />,
  }
}
