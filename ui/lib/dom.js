// Builds DOM nodes without ever parsing HTML: text only enters through createTextNode and
// attribute values through setAttribute, so data from the database can never become markup.
// Touches `document` only when called, so importing this module in node is harmless.

const PROPERTIES = new Set(['value', 'checked', 'selected', 'disabled', 'hidden', 'required', 'readOnly', 'multiple']);

/**
 * h('button', { class: 'primary', onclick: save, 'aria-label': t('people.add') }, t('people.add'))
 * - `on<event>` functions become event listeners
 * - value/checked/disabled/... are set as properties (booleans toggle, not "false" strings)
 * - null, undefined and false attributes or children are skipped; arrays are flattened
 */
export function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  setAttributes(el, attrs);
  append(el, children);
  return el;
}

export function setAttributes(el, attrs) {
  for (const [name, value] of Object.entries(attrs ?? {})) {
    if (value === null || value === undefined || value === false) continue;
    if (name.startsWith('on') && typeof value === 'function') {
      el.addEventListener(name.slice(2).toLowerCase(), value);
    } else if (PROPERTIES.has(name)) {
      el[name] = value;
    } else {
      el.setAttribute(name === 'className' ? 'class' : name, value === true ? '' : String(value));
    }
  }
}

export function append(parent, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    parent.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return parent;
}

/** Replaces every child of `parent`; the one way views swap content. */
export function replace(parent, ...children) {
  parent.replaceChildren();
  return append(parent, children);
}
