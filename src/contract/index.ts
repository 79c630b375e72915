import './zod-config'

export * from './admin'
export * from './api'
export * from './code'
export * from './endpoints'
export * from './errors'
export * from './password'
export * from './policy'
