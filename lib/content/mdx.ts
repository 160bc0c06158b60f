import * as React from "react";
import * as ReactDOM from "react-dom";
import * as jsxRuntime from "react/jsx-runtime";
import type { ComponentType } from "react";

// Contentlayer compiles MDX to a function body that expects React in scope; it is evaluated on
// the server only, once per document, so pages stay static HTML with no MDX runtime shipped.
type MdxComponentProps = { components?: Record<string, ComponentType<never>> };
const cache = new Map<string, ComponentType<MdxComponentProps>>();

export function getMDXComponent(code: string): ComponentType<MdxComponentProps> {
  const cached = cache.get(code);
  if (cached) return cached;
  const scope = { React, ReactDOM, _jsx_runtime: jsxRuntime };
  const run = new Function(...Object.keys(scope), code) as (...args: unknown[]) => {
    default: ComponentType<MdxComponentProps>;
  };
  const component = run(...Object.values(scope)).default;
  cache.set(code, component);
  return component;
}
